package org.linli.population.internal.knock;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import cn.idev.excel.FastExcel;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 数据鲜活度 as an Excel sheet: the node asked about, then its communities and its grids, each
 * worst first.
 */
@Service
@Transactional(readOnly = true)
public class FreshnessExport {

	private static final List<String> HEADERS = List.of("level", "code", "name", "residents", "verifiedResidents",
			"verifiedPercent", "houses", "visitedHouses", "visitedPercent");

	private final MessageSource messages;

	FreshnessExport(MessageSource messages) {
		this.messages = messages;
	}

	/** Writes the report; returns the number of rows below the header. */
	public int write(FreshnessReport report, Locale locale, OutputStream out) {
		List<List<Object>> rows = Stream
			.concat(Stream.of(report.summary()), Stream.concat(report.communities().stream(), report.grids().stream()))
			.filter(r -> r == report.summary() || r.id() != report.summary().id())
			.map(r -> cells(r, locale))
			.toList();
		List<List<String>> head = HEADERS.stream()
			.map(key -> List.of(text("population.freshness.col." + key, locale)))
			.toList();
		FastExcel.write(out).head(head).sheet(text("population.freshness.sheet", locale)).doWrite(rows);
		return rows.size();
	}

	private List<Object> cells(FreshnessRow r, Locale locale) {
		List<Object> cells = new ArrayList<>();
		cells.add(text("level." + r.level(), locale));
		cells.add(r.code());
		cells.add(r.name());
		cells.add(r.residents());
		cells.add(r.verifiedResidents());
		cells.add(r.verifiedPercent());
		cells.add(r.houses());
		cells.add(r.visitedHouses());
		cells.add(r.visitedPercent());
		return cells;
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}
