package org.linli.shared;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Position of a region node in the administrative tree: the ids of the nodes from the
 * city down, as a PostgreSQL {@code ltree} ("1.4.17"). One path covers another when it is
 * the same or an ancestor, which is what data scope asks.
 *
 * @param value dot-separated node ids, root first
 */
public record RegionPath(String value) implements java.io.Serializable {

	private static final Pattern FORMAT = Pattern.compile("\\d+(\\.\\d+)*");

	public RegionPath {
		if (value == null || !FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("Not a region path: " + value);
		}
	}

	public static RegionPath of(long... ids) {
		StringBuilder sb = new StringBuilder();
		for (long id : ids) {
			if (!sb.isEmpty()) {
				sb.append('.');
			}
			sb.append(id);
		}
		return new RegionPath(sb.toString());
	}

	public RegionPath child(long id) {
		return new RegionPath(value + "." + id);
	}

	/** The path of the node above this one. */
	public RegionPath parent() {
		int dot = value.lastIndexOf('.');
		if (dot < 0) {
			throw new IllegalStateException("The root " + value + " has no parent");
		}
		return new RegionPath(value.substring(0, dot));
	}

	/** True when this path is the same as, or an ancestor of, {@code other}. */
	public boolean covers(RegionPath other) {
		return other.value.equals(value) || other.value.startsWith(value + ".");
	}

	/**
	 * The first path after this subtree in {@code ltree} order, so that the subtree is
	 * exactly {@code path >= this and path < subtreeEnd()}, a range a btree index serves.
	 * {@code ltree} compares label by label, bytes first and then length, so every
	 * descendant sorts after this path and before this path with a "0" appended to its
	 * last label; labels being digits, any other path sorts outside.
	 */
	public String subtreeEnd() {
		return value + "0";
	}

	public long nodeId() {
		return Long.parseLong(value.substring(value.lastIndexOf('.') + 1));
	}

	public List<Long> nodeIds() {
		return Arrays.stream(value.split("\\.")).map(Long::valueOf).toList();
	}

	public int depth() {
		return nodeIds().size();
	}

	@Override
	public String toString() {
		return value;
	}

}
