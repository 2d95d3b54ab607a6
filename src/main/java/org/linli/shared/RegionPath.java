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

	/** True when this path is the same as, or an ancestor of, {@code other}. */
	public boolean covers(RegionPath other) {
		return other.value.equals(value) || other.value.startsWith(value + ".");
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
