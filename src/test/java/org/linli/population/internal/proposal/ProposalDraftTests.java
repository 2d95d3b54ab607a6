package org.linli.population.internal.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.linli.population.internal.Resident;
import org.linli.population.internal.ResidentDraft;
import org.linli.shared.RegionPath;

import static org.assertj.core.api.Assertions.assertThat;

class ProposalDraftTests {

	private static Resident resident(Long houseId) {
		return new Resident(7, new RegionPath("66"), 42, houseId, "冯七", "3****************1", LocalDate.of(1960, 1, 1),
				"M", "01", "139****0001", "REGISTERED", "旧地址", "MASSES", "PRIMARY", "MARRIED", true, "MANUAL", null,
				null, List.of("ELDERLY"), false, 3, Instant.EPOCH);
	}

	@Test
	void laysOnlyTheProposedFieldsOverTheRecordAsItIsNow() {
		ResidentDraft draft = ProposalDraft.onto(resident(9L), Map.of("education", "BACHELOR", "livingAlone", false));
		assertThat(draft.education()).isEqualTo("BACHELOR");
		assertThat(draft.livingAlone()).isFalse();
		assertThat(draft.name()).isEqualTo("冯七");
		assertThat(draft.registeredAddress()).isEqualTo("旧地址");
		assertThat(draft.maritalStatus()).isEqualTo("MARRIED");
		assertThat(draft.houseId()).as("the house decides the place").isEqualTo(9L);
		assertThat(draft.regionId()).isNull();
	}

	@Test
	void keepsIdNumberPhoneAndTagsByLeavingThemOut() {
		ResidentDraft draft = ProposalDraft.onto(resident(null), Map.of());
		assertThat(draft.idCardNumber()).isNull();
		assertThat(draft.phone()).isNull();
		assertThat(draft.tags()).isNull();
		assertThat(draft.regionId()).as("no house: the region stays").isEqualTo(42L);
	}

	@Test
	void everyProposableFieldIsAComponentOfTheDraft() {
		var names = java.util.Arrays.stream(ResidentDraft.class.getRecordComponents())
			.map(java.lang.reflect.RecordComponent::getName)
			.toList();
		for (ProposableField field : ProposableField.values()) {
			assertThat(names).as(field.key()).contains(field.key());
		}
	}

}
