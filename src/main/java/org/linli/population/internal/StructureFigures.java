package org.linli.population.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.linli.dictionary.Dictionaries;
import org.linli.population.PopulationFigures;
import org.linli.shared.Jurisdiction;

import org.springframework.stereotype.Service;

/** {@link PopulationStructure} for other modules, its codes turned into labels. */
@Service
class StructureFigures implements PopulationFigures {

	private final PopulationStructure structure;

	private final Dictionaries dictionaries;

	StructureFigures(PopulationStructure structure, Dictionaries dictionaries) {
		this.structure = structure;
		this.dictionaries = dictionaries;
	}

	@Override
	public Structure structureOf(Jurisdiction jurisdiction, long regionId, boolean sensitiveTags, Locale locale) {
		PopulationStructure.Structure counts = structure.of(new Caller(jurisdiction, sensitiveTags), regionId);
		return new Structure(counts.total(), counts.male(), counts.female(), counts.ageBands(),
				labelled("residence_type", counts.residenceTypes(), locale),
				labelled("population_tag", counts.tags(), locale));
	}

	private Map<String, Long> labelled(String type, Map<String, Long> byCode, Locale locale) {
		Map<String, Long> byLabel = new LinkedHashMap<>();
		byCode.forEach((code, n) -> byLabel.merge(dictionaries.label(type, code, locale), n, Long::sum));
		return byLabel;
	}

}
