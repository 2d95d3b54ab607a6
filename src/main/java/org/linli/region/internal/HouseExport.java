package org.linli.region.internal;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.idev.excel.FastExcel;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.linli.shared.Jurisdiction;

/** The active houses under a node, as an Excel sheet (scoped like every read). */
@Service
@Transactional(readOnly = true)
public class HouseExport {

	/** An export is for desk work, not a bulk dump; beyond this the sheet is cut. */
	static final int MAX_ROWS = 200_000;

	private final JdbcClient jdbc;

	private final RegionDirectory directory;

	private final DictionaryCodes dictionary;

	private final MessageSource messages;

	HouseExport(JdbcClient jdbc, RegionDirectory directory, DictionaryCodes dictionary, MessageSource messages) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.dictionary = dictionary;
		this.messages = messages;
	}

	/**
	 * Writes the houses under {@code nodeId} to {@code out}; returns the node for naming.
	 */
	public AdminNode write(Jurisdiction jurisdiction, long nodeId, Locale locale, OutputStream out) {
		AdminNode node = directory.view(jurisdiction, nodeId);
		Map<String, String> uses = dictionary.labels(DictionaryCodes.HOUSE_USE, locale);
		List<List<Object>> rows = jdbc.sql("""
				select cm.name as community, g.name as grid, c.name as compound, b.number as building,
				       u.number as unit, h.room_number, h.floor, h.area, h.use_code
				  from region_house h join region_building b on b.id = h.building_id
				  join region_node g on g.id = b.grid_id
				  left join region_node cm on cm.id = g.parent_id
				  left join region_compound c on c.id = b.compound_id
				  left join region_unit u on u.id = h.unit_id
				 where h.path <@ cast(:node as ltree) and h.path <@ cast(:scope as ltree) and h.retired_at is null
				 order by g.code, b.number, u.number nulls first, h.floor, h.room_number
				 limit :max""")
			.param("node", node.path().value())
			.param("scope", jurisdiction.scopePath())
			.param("max", MAX_ROWS)
			.query((rs, row) -> {
				List<Object> cells = new ArrayList<>();
				cells.add(rs.getString("community"));
				cells.add(rs.getString("grid"));
				cells.add(rs.getString("compound"));
				cells.add(rs.getString("building"));
				cells.add(rs.getString("unit"));
				cells.add(rs.getString("room_number"));
				cells.add(rs.getObject("floor", Integer.class));
				cells.add(rs.getBigDecimal("area"));
				cells.add(uses.getOrDefault(rs.getString("use_code"), rs.getString("use_code")));
				return cells;
			})
			.list();
		List<List<String>> head = List
			.of("region.export.community", "region.export.grid", "region.export.compound", "region.export.building",
					"field.unitId", "field.roomNumber", "field.floor", "region.area.m2", "field.use")
			.stream()
			.map(key -> List.of(messages.getMessage(key, null, key, locale)))
			.toList();
		FastExcel.write(out)
			.head(head)
			.sheet(messages.getMessage("region.export.sheet", null, "houses", locale))
			.doWrite(rows);
		return node;
	}

}
