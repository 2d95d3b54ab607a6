package org.linli.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, as every list endpoint and page returns it.
 *
 * @param items the rows of this page
 * @param page zero-based page number
 * @param size page size asked for
 * @param total rows in all pages
 */
public record PageResult<T>(List<T> items, int page, int size, long total) {

	public int pages() {
		return size == 0 ? 0 : (int) ((total + size - 1) / size);
	}

	public boolean hasNext() {
		return page + 1 < pages();
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public <R> PageResult<R> map(Function<T, R> mapper) {
		return new PageResult<>(items.stream().map(mapper).toList(), page, size, total);
	}

}
