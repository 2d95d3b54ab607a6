package org.linli.population.internal.api;

import java.util.List;
import java.util.Map;

import org.linli.population.internal.Caller;
import org.linli.population.internal.Residents;
import org.linli.population.internal.tags.ResidentTagValues.ResidentTag;
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
 * The key-population tags of one resident with their attribute values (残疾证号, 低保金额, 矫正期限
 * …). Tags themselves are set with the resident; here their values are kept.
 */
@RestController
@RequestMapping("/api/v1/residents/{id}/tags")
class ResidentTagController {

	/**
	 * {@code attributes}: key → value for keys the tag defines (empty drops a value);
	 * {@code version}: the resident's version.
	 */
	record ValuesRequest(Map<String, String> attributes, Integer version) {
	}

	private final Residents residents;

	ResidentTagController(Residents residents) {
		this.residents = residents;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('population.read')")
	List<ResidentTag> tags(@PathVariable long id, Jurisdiction jurisdiction, Authentication authentication) {
		return residents.tagDetails(Caller.of(jurisdiction, authentication), id);
	}

	@PutMapping("/{code}")
	@PreAuthorize("hasAuthority('population.write')")
	List<ResidentTag> setValues(@PathVariable long id, @PathVariable String code, @RequestBody ValuesRequest r,
			Jurisdiction jurisdiction, Authentication authentication) {
		return residents.setTagAttributes(Caller.of(jurisdiction, authentication), id, code, r.attributes(),
				r.version());
	}

}
