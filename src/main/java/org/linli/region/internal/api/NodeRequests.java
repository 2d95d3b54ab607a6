package org.linli.region.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotNull;

/** Request bodies for changes to the administrative tree. */
final class NodeRequests {

	private NodeRequests() {
	}

	/**
	 * A new child of {@code parentId}; grids and ten-household units may give
	 * {@code number} (1–999) instead of the full {@code code}.
	 */
	record Create(@NotNull Long parentId, String code, String number, String name, JsonNode boundary) {
	}

	/** New name, code (or number) and boundary; a blank code and number keep the code. */
	record Update(String code, String number, String name, JsonNode boundary, @NotNull Integer version) {
	}

	/** A new parent one level up; a new code or number when the old no longer fits. */
	record Move(@NotNull Long parentId, String code, String number, @NotNull Integer version) {
	}

	/** The version the caller read, for retiring. */
	record Retire(@NotNull Integer version) {
	}

	static String json(JsonNode node) {
		return node == null || node.isNull() ? null : node.toString();
	}

}
