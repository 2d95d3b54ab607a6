package org.linli.population.internal.api;

import java.util.List;

import org.linli.population.PopulationPermissions;
import org.linli.population.internal.tags.TagAttribute;
import org.linli.population.internal.tags.TagCatalogue;
import org.linli.population.internal.tags.TagDefinition;
import org.linli.shared.Jurisdiction;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 重点人群标签目录: the tags, whether each is sensitive, and the attributes each records.
 * Sensitive tags are listed only to callers who may see them; changing a definition is a
 * protection policy of the security administrator.
 */
@RestController
@RequestMapping("/api/v1/population-tags")
class PopulationTagController {

	/** {@code attributes} replaces the tag's list; {@code version} as read. */
	record DefinitionRequest(Boolean sensitive, List<TagAttribute> attributes, Integer version) {
	}

	private final TagCatalogue catalogue;

	PopulationTagController(TagCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	static boolean seesSensitive(Authentication authentication) {
		return authentication.getAuthorities()
			.stream()
			.anyMatch(a -> PopulationPermissions.SENSITIVE_TAGS.equals(a.getAuthority())
					|| PopulationPermissions.TAG_POLICY.equals(a.getAuthority()));
	}

	@GetMapping
	@PreAuthorize("hasAnyAuthority('population.read', 'policy.population-tags')")
	List<TagDefinition> list(Authentication authentication) {
		return catalogue.list(seesSensitive(authentication));
	}

	@GetMapping("/{code}")
	@PreAuthorize("hasAnyAuthority('population.read', 'policy.population-tags')")
	TagDefinition tag(@PathVariable String code, Authentication authentication) {
		return catalogue.get(code, seesSensitive(authentication));
	}

	@PutMapping("/{code}")
	@PreAuthorize("hasAuthority('policy.population-tags')")
	TagDefinition define(@PathVariable String code, @RequestBody DefinitionRequest r, Jurisdiction jurisdiction) {
		return catalogue.define(code, Boolean.TRUE.equals(r.sensitive()), r.attributes(), r.version(),
				jurisdiction.username());
	}

}
