package org.linli.shared;

/**
 * A page request: zero-based page, size between 1 and 200 (default 20).
 *
 * @param page zero-based page number
 * @param size rows per page
 */
public record Paging(int page, int size) {

	public static final int MAX_SIZE = 200;

	public Paging {
		if (page < 0) {
			throw new InvalidInputException("error.paging.page", "page");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new InvalidInputException("error.paging.size", "size", MAX_SIZE);
		}
	}

	public static Paging of(Integer page, Integer size) {
		return new Paging(page == null ? 0 : page, size == null ? 20 : size);
	}

	public long offset() {
		return (long) page * size;
	}

}
