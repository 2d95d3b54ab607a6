package org.linli.population.internal.api;

import org.linli.population.internal.Caller;
import org.linli.population.internal.PopulationStructure;
import org.linli.shared.Jurisdiction;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Population structure (人口结构) of a subtree: sex, age bands, residence types, tags
 * (sensitive tags only for callers who may see them).
 */
@RestController
class PopulationStructureController {

	private final PopulationStructure structure;

	PopulationStructureController(PopulationStructure structure) {
		this.structure = structure;
	}

	@GetMapping("/api/v1/population/structure")
	@PreAuthorize("hasAuthority('population.read')")
	PopulationStructure.Structure structure(@RequestParam(required = false) Long under, Jurisdiction jurisdiction,
			Authentication authentication) {
		return structure.of(Caller.of(jurisdiction, authentication), under);
	}

}
