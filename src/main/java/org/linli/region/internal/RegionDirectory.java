package org.linli.region.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

import org.linli.region.RegionLevel;
import org.linli.shared.Jurisdiction;
import org.linli.shared.NotFoundException;
import org.linli.shared.PageResult;
import org.linli.shared.Paging;
import org.linli.shared.RegionPath;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of the administrative tree, always inside the caller's jurisdiction: a node
 * outside it is reported as not found.
 */
@Service
@Transactional(readOnly = true)
public class RegionDirectory {

	static final String COLUMNS = "id, parent_id, level, code, name, path::text as path, boundary::text as boundary, "
			+ "retired_at, version";

	private final JdbcClient jdbc;

	RegionDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The node, if the caller's jurisdiction covers it (retired nodes included). */
	public AdminNode view(Jurisdiction jurisdiction, long id) {
		return jdbc.sql("select " + COLUMNS + " from region_node where id = :id and path <@ cast(:scope as ltree)")
			.param("id", id)
			.param("scope", jurisdiction.scopePath())
			.query(RegionDirectory::map)
			.optional()
			.orElseThrow(() -> new NotFoundException("region", id));
	}

	/** The node the caller works in. */
	public AdminNode mine(Jurisdiction jurisdiction) {
		if (jurisdiction.region() == null) {
			throw new NotFoundException("region", "-");
		}
		return view(jurisdiction, jurisdiction.region().nodeId());
	}

	/** Active children of a visible node, by code. */
	public PageResult<AdminNode> children(Jurisdiction jurisdiction, long id, Paging paging) {
		view(jurisdiction, id);
		String where = " from region_node where parent_id = :id and retired_at is null and path <@ cast(:scope as ltree)";
		long total = jdbc.sql("select count(*)" + where)
			.param("id", id)
			.param("scope", jurisdiction.scopePath())
			.query(Long.class)
			.single();
		List<AdminNode> items = jdbc.sql("select " + COLUMNS + where + " order by code limit :limit offset :offset")
			.param("id", id)
			.param("scope", jurisdiction.scopePath())
			.param("limit", paging.size())
			.param("offset", paging.offset())
			.query(RegionDirectory::map)
			.list();
		return new PageResult<>(items, paging.page(), paging.size(), total);
	}

	/**
	 * Active nodes in scope (and under {@code underId} when given) whose name contains
	 * {@code text} or whose code starts with it, optionally of one level.
	 */
	public PageResult<AdminNode> search(Jurisdiction jurisdiction, String text, RegionLevel level, Long underId,
			Paging paging) {
		String under = underId == null ? jurisdiction.scopePath() : view(jurisdiction, underId).path().value();
		String q = text == null ? "" : text.trim();
		String like = q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		String where = " " + """
				from region_node where path <@ cast(:scope as ltree) and path <@ cast(:under as ltree)
				  and retired_at is null and (:level = '' or level = :level)
				  and (:q = '' or name ilike :contains or code like :prefix)""";
		var count = jdbc.sql("select count(*)" + where);
		var select = jdbc.sql("select " + COLUMNS + where
				+ " order by nlevel(path), similarity(name, :q) desc, code limit :limit offset :offset");
		for (var statement : List.of(count, select)) {
			statement.param("scope", jurisdiction.scopePath())
				.param("under", under)
				.param("level", level == null ? "" : level.name())
				.param("q", q)
				.param("contains", "%" + like + "%")
				.param("prefix", like + "%");
		}
		long total = count.query(Long.class).single();
		List<AdminNode> items = select.param("limit", paging.size())
			.param("offset", paging.offset())
			.query(RegionDirectory::map)
			.list();
		return new PageResult<>(items, paging.page(), paging.size(), total);
	}

	/** The visible part of the node's ancestry, top down, ending with the node. */
	public List<AdminNode> ancestry(Jurisdiction jurisdiction, long id) {
		AdminNode node = view(jurisdiction, id);
		return jdbc.sql("select " + COLUMNS + " " + """
				from region_node where path @> cast(:path as ltree) and path <@ cast(:scope as ltree)
				order by nlevel(path)""")
			.param("path", node.path().value())
			.param("scope", jurisdiction.scopePath())
			.query(RegionDirectory::map)
			.list();
	}

	/** The code of a node, regardless of scope (a parent's code checks its child's). */
	String codeOf(long id) {
		return jdbc.sql("select code from region_node where id = :id").param("id", id).query(String.class).single();
	}

	static AdminNode map(ResultSet rs, int row) throws SQLException {
		Timestamp retired = rs.getTimestamp("retired_at");
		return new AdminNode(rs.getLong("id"), rs.getObject("parent_id", Long.class),
				RegionLevel.valueOf(rs.getString("level")), rs.getString("code"), rs.getString("name"),
				new RegionPath(rs.getString("path")), rs.getString("boundary"),
				retired == null ? null : retired.toInstant(), rs.getInt("version"));
	}

}
