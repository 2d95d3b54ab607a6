package org.linli.events.internal.api;

import java.util.List;

import org.linli.events.internal.Categories;
import org.linli.events.internal.Category;
import org.linli.events.internal.CategoryChange;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The event category catalogue (事件分类): everyone reads it (report forms need it);
 * events.category.write adds and edits entries.
 */
@RestController
@RequestMapping("/api/v1/event-categories")
class CategoryController {

	record CategoryRequest(String code, String parentCode, String labelZh, String labelEn, String handlingLevel,
			String departmentCode, String severity, Integer acceptHours, Integer dispatchHours, Integer handleHours,
			Integer verifyHours, Integer sortOrder, Boolean enabled, Integer version) {

		CategoryChange change() {
			return new CategoryChange(code, parentCode, labelZh, labelEn, handlingLevel, departmentCode, severity,
					acceptHours, dispatchHours, handleHours, verifyHours, sortOrder, enabled);
		}

	}

	private final Categories categories;

	CategoryController(Categories categories) {
		this.categories = categories;
	}

	@GetMapping
	List<Category> list(@RequestParam(defaultValue = "false") boolean includeDisabled) {
		return categories.list(includeDisabled);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('events.category.write')")
	Category create(@RequestBody CategoryRequest r) {
		return categories.create(r.change());
	}

	@PutMapping("/{code}")
	@PreAuthorize("hasAuthority('events.category.write')")
	Category update(@PathVariable String code, @RequestBody CategoryRequest r) {
		return categories.update(code, r.change(), r.version());
	}

}
