package org.linli.events.internal;

import org.linli.shared.Jurisdiction;

import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;

/**
 * 数据权限 for events, as a condition on {@code events_event e}: staff see what happened in
 * their subtree or is handled there; department handlers see what is dispatched to their
 * department inside their region; everybody else nothing (their scope path matches no
 * row). Public so that the photo and Open311 adapters filter exactly as the queues do.
 */
public final class EventScope {

	/**
	 * A subtree as a range of paths, which a btree index serves ({@code <@} needs GiST,
	 * and a GiST index cannot lead with the state a queue names).
	 */
	private static final String PATH_IN_SCOPE = "(e.path >= cast(:scope as ltree) and e.path < cast(:scopeEnd as ltree))";

	private static final String HANDLED_IN_SCOPE = """
			(e.handling_path >= cast(:scope as ltree) and e.handling_path < cast(:scopeEnd as ltree))""";

	private static final String SUBTREE = "(" + PATH_IN_SCOPE + " or " + HANDLED_IN_SCOPE + ")";

	private static final String DEPARTMENT = "(e.handling_department = cast(:department as text) and " + PATH_IN_SCOPE
			+ ")";

	public static final String SQL = "((cast(:scopeKind as text) = 'SUBTREE' and " + SUBTREE
			+ ") or (cast(:scopeKind as text) = 'DEPARTMENT' and " + DEPARTMENT + "))";

	private EventScope() {
	}

	/**
	 * {@link #SQL} reduced to the caller's kind of scope, with the same parameters. A
	 * prepared statement's generic plan cannot drop the branch that does not apply; with
	 * only the one that does, a queue reads the partial indexes of open events instead of
	 * every event ever reported under the caller's node.
	 */
	public static String sql(Jurisdiction j) {
		return switch (j.scope()) {
			case SUBTREE -> SUBTREE;
			case DEPARTMENT -> DEPARTMENT;
			case SELF, NONE -> "false";
		};
	}

	/** Binds the parameters {@link #SQL} names. */
	public static StatementSpec bind(StatementSpec spec, Jurisdiction j) {
		return spec.param("scopeKind", j.scope().name())
			.param("scope", j.scopePath())
			.param("scopeEnd", j.scopeEnd())
			.param("department", j.department());
	}

}
