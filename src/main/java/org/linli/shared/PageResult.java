package org.linli.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, as every list endpoint and page returns it.
 *
 * @param items the rows of this page
 * @param page zero-based page number
 * @param size page size asked for
 * @param total rows in all pages; when {@code totalExact} is false, a lower bound: there
 * are more than {@code total} rows
 * @param totalExact whether {@code total} is the exact count; a list that stops counting
 * at a cap (a city-wide resident search) says false
 */
public record PageResult<T>(List<T> items, int page, int size, long total, boolean totalExact) {

	/** A page with an exact total. */
	public PageResult(List<T> items, int page, int size, long total) {
		this(items, page, size, total, true);
	}

	/** A page of a list with more than {@code total} rows, counted no further. */
	public static <T> PageResult<T> moreThan(List<T> items, int page, int size, long total) {
		return new PageResult<>(items, page, size, total, false);
	}

	/**
	 * Pages known to exist: with a capped total, at least one more than the count covers.
	 */
	public int pages() {
		long known = totalExact ? total : total + 1;
		return size == 0 ? 0 : (int) ((known + size - 1) / size);
	}

	public boolean hasNext() {
		return page + 1 < pages();
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public <R> PageResult<R> map(Function<T, R> mapper) {
		return new PageResult<>(items.stream().map(mapper).toList(), page, size, total, totalExact);
	}

}
