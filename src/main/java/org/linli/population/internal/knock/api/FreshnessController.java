package org.linli.population.internal.knock.api;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.linli.population.internal.knock.Freshness;
import org.linli.population.internal.knock.FreshnessExport;
import org.linli.population.internal.knock.FreshnessReport;
import org.linli.population.internal.knock.FreshnessRow;
import org.linli.shared.Jurisdiction;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 数据鲜活度 under a node (default: the caller's own): share of residents verified and of
 * houses visited in the last six months, per community and grid, worst first; as JSON or
 * as an Excel workbook.
 */
@RestController
class FreshnessController {

	record RowResponse(long id, Long parentId, String level, String code, String name, long residents,
			long verifiedResidents, BigDecimal verifiedPercent, long houses, long visitedHouses,
			BigDecimal visitedPercent) {

		static RowResponse of(FreshnessRow r) {
			return new RowResponse(r.id(), r.parentId(), r.level(), r.code(), r.name(), r.residents(),
					r.verifiedResidents(), r.verifiedPercent(), r.houses(), r.visitedHouses(), r.visitedPercent());
		}

	}

	/** {@code since}: verifications and visits from this instant count as fresh. */
	record FreshnessResponse(RowResponse node, Instant since, List<RowResponse> communities, List<RowResponse> grids) {

		static FreshnessResponse of(FreshnessReport r) {
			return new FreshnessResponse(RowResponse.of(r.summary()), r.since(),
					r.communities().stream().map(RowResponse::of).toList(),
					r.grids().stream().map(RowResponse::of).toList());
		}

	}

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Freshness freshness;

	private final FreshnessExport export;

	FreshnessController(Freshness freshness, FreshnessExport export) {
		this.freshness = freshness;
		this.export = export;
	}

	@GetMapping("/api/v1/population/freshness")
	@PreAuthorize("hasAuthority('population.read')")
	FreshnessResponse report(@RequestParam(required = false) Long under, Jurisdiction jurisdiction) {
		return FreshnessResponse.of(freshness.report(jurisdiction, under));
	}

	@GetMapping("/api/v1/population/freshness.xlsx")
	@PreAuthorize("hasAuthority('population.read')")
	ResponseEntity<byte[]> workbook(@RequestParam(required = false) Long under, Jurisdiction jurisdiction,
			Locale locale) {
		FreshnessReport report = freshness.report(jurisdiction, under);
		// Built in memory (a row per grid at most), so a refusal is still a clean
		// problem.
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		export.write(report, locale, out);
		String filename = "freshness-" + report.summary().code() + ".xlsx";
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(out.toByteArray());
	}

}
