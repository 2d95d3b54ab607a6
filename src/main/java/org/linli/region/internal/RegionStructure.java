package org.linli.region.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.linli.region.RegionLevel;
import org.linli.region.RegionNodeMoved;
import org.linli.shared.ConflictException;
import org.linli.shared.InvalidInputException;
import org.linli.shared.Jurisdiction;
import org.linli.shared.RegionPath;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the administrative tree. A caller changes only nodes strictly below its own
 * node (a community worker keeps its grids, not its community); it may create children
 * directly under its own node. Every update checks the version the caller read.
 */
@Service
@Transactional
public class RegionStructure {

	/** Tables whose rows carry a path inside the administrative tree. */
	private static final List<String> PATH_TABLES = List.of("region_node", "region_compound", "region_building",
			"region_house");

	private final JdbcClient jdbc;

	private final RegionDirectory directory;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	RegionStructure(JdbcClient jdbc, RegionDirectory directory, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.clock = clock;
		this.events = events;
	}

	public AdminNode create(Jurisdiction jurisdiction, long parentId, NodeChanges values) {
		AdminNode parent = directory.view(jurisdiction, parentId);
		if (parent.retired()) {
			throw new InvalidInputException("error.region.parent.retired", "parentId");
		}
		RegionLevel level = parent.level().childLevel();
		if (level == null) {
			throw new InvalidInputException("error.region.parent.noChildren", "parentId");
		}
		if (!values.codeGiven()) {
			throw new InvalidInputException("error.region.code.required", "code");
		}
		String code = codeFor(level, values, parent.code());
		String name = name(values.name());
		String boundary = Boundary.validate(values.boundary());
		requireFreeCode(code);
		long id = jdbc.sql("select nextval('region_node_id_seq')").query(Long.class).single();
		try {
			jdbc.sql(
					"""
							insert into region_node (id, parent_id, level, code, name, path, boundary, created_at, updated_at)
							values (:id, :parent, :level, :code, :name, cast(:path as ltree), cast(:boundary as jsonb), :now, :now)""")
				.param("id", id)
				.param("parent", parent.id())
				.param("level", level.name())
				.param("code", code)
				.param("name", name)
				.param("path", parent.path().child(id).value())
				.param("boundary", boundary)
				.param("now", now())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw duplicateCode(code);
		}
		return directory.view(jurisdiction, id);
	}

	/** Renames, recodes (descendants' codes follow) and redraws a node. */
	public AdminNode edit(Jurisdiction jurisdiction, long id, NodeChanges values, int version) {
		AdminNode node = changeable(jurisdiction, id);
		String code = values.codeGiven() ? codeFor(node.level(), values, directory.codeOf(node.parentId()))
				: node.code();
		String name = name(values.name());
		String boundary = Boundary.validate(values.boundary());
		if (!code.equals(node.code())) {
			requireFreeCodeElsewhere(code, id);
		}
		int updated = jdbc.sql("""
				update region_node set name = :name, code = :code, boundary = cast(:boundary as jsonb),
				       version = version + 1, updated_at = :now
				 where id = :id and version = :version""")
			.param("name", name)
			.param("code", code)
			.param("boundary", boundary)
			.param("now", now())
			.param("id", id)
			.param("version", version)
			.update();
		requireUpdated(updated, id);
		recodeDescendants(node, code);
		return directory.view(jurisdiction, id);
	}

	/**
	 * Hangs a node under a new parent of the level above it; its code must fit the new
	 * parent (a new code or number may be given), and the paths of its subtree,
	 * compounds, buildings and houses follow in the same transaction.
	 */
	public AdminNode move(Jurisdiction jurisdiction, long id, long parentId, String code, String number, int version) {
		AdminNode node = changeable(jurisdiction, id);
		AdminNode target = directory.view(jurisdiction, parentId);
		if (target.retired() || target.level().childLevel() != node.level()) {
			throw new InvalidInputException("error.region.move.level", "parentId", node.level(), target.name());
		}
		NodeChanges wanted = new NodeChanges(null, code, number, null);
		String newCode = wanted.codeGiven() ? codeFor(node.level(), wanted, target.code()) : node.code();
		RegionCodeRule.check(node.level(), newCode, target.code());
		if (!newCode.equals(node.code())) {
			requireFreeCodeElsewhere(newCode, id);
		}
		int updated = jdbc.sql("""
				update region_node set parent_id = :parent, code = :code, version = version + 1, updated_at = :now
				 where id = :id and version = :version""")
			.param("parent", target.id())
			.param("code", newCode)
			.param("now", now())
			.param("id", id)
			.param("version", version)
			.update();
		requireUpdated(updated, id);
		recodeDescendants(node, newCode);
		RegionPath to = target.path().child(id);
		for (String table : PATH_TABLES) {
			// Table names come from the constant list above, never from input.
			jdbc.sql("update " + table + " " + """
					set path = cast(:parent as ltree) || subpath(path, nlevel(cast(:from as ltree)) - 1)
					where path <@ cast(:from as ltree)""")
				.param("parent", target.path().value())
				.param("from", node.path().value())
				.update();
		}
		events.publishEvent(new RegionNodeMoved(id, node.path(), to));
		return directory.view(jurisdiction, id);
	}

	/** Retires a node that has no active children, compounds or buildings left. */
	public AdminNode retire(Jurisdiction jurisdiction, long id, int version) {
		AdminNode node = changeable(jurisdiction, id);
		boolean children = jdbc
			.sql("select exists (select 1 from region_node where parent_id = :id and retired_at is null)")
			.param("id", id)
			.query(Boolean.class)
			.single();
		if (children) {
			throw new ConflictException("error.region.retire.children", node.name());
		}
		boolean physical = jdbc.sql("""
				select exists (select 1 from region_building where grid_id = :id and retired_at is null)
				    or exists (select 1 from region_compound where community_id = :id and retired_at is null)""")
			.param("id", id)
			.query(Boolean.class)
			.single();
		if (physical) {
			throw new ConflictException("error.region.retire.buildings", node.name());
		}
		Retirement.retire(jdbc, clock, Retirement.Kind.NODE, id, version);
		return directory.view(jurisdiction, id);
	}

	/** A visible, active node strictly below the caller's own node. */
	private AdminNode changeable(Jurisdiction jurisdiction, long id) {
		AdminNode node = directory.view(jurisdiction, id);
		if (node.path().equals(jurisdiction.region()) || node.parentId() == null) {
			throw new AccessDeniedException("error.region.ownNode");
		}
		if (node.retired()) {
			throw new ConflictException("error.region.retired", node.name());
		}
		return node;
	}

	private void recodeDescendants(AdminNode node, String newCode) {
		if (newCode.equals(node.code())) {
			return;
		}
		try {
			// Children's codes extend their parent's, so the new prefix replaces the old.
			jdbc.sql("""
					update region_node set code = :code || substr(code, :length + 1), version = version + 1
					 where path <@ cast(:path as ltree) and id <> :id and retired_at is null
					   and left(code, :length) = :old""")
				.param("code", newCode)
				.param("length", node.code().length())
				.param("path", node.path().value())
				.param("id", node.id())
				.param("old", node.code())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw duplicateCode(newCode);
		}
	}

	static String codeFor(RegionLevel level, NodeChanges values, String parentCode) {
		boolean numbered = level == RegionLevel.GRID || level == RegionLevel.HOUSEHOLD_GROUP;
		String code;
		if (numbered && values.number() != null && !values.number().isBlank()) {
			code = RegionCodeRule.childCode(parentCode, values.number().trim());
		}
		else {
			code = values.code() == null ? null : values.code().trim();
		}
		RegionCodeRule.check(level, code, parentCode);
		return code;
	}

	private static String name(String name) {
		if (name == null || name.isBlank() || name.trim().length() > 100) {
			throw new InvalidInputException("error.region.name.required", "name");
		}
		return name.trim();
	}

	private void requireFreeCode(String code) {
		requireFreeCodeElsewhere(code, -1);
	}

	private void requireFreeCodeElsewhere(String code, long id) {
		boolean taken = jdbc
			.sql("select exists (select 1 from region_node where code = :code and retired_at is null and id <> :id)")
			.param("code", code)
			.param("id", id)
			.query(Boolean.class)
			.single();
		if (taken) {
			throw duplicateCode(code);
		}
	}

	private static InvalidInputException duplicateCode(String code) {
		return new InvalidInputException("error.region.code.duplicate", "code", code);
	}

	private static void requireUpdated(int rows, long id) {
		if (rows == 0) {
			throw ConflictException.staleVersion("region", id);
		}
	}

	private Timestamp now() {
		return Timestamp.from(clock.instant());
	}

}
