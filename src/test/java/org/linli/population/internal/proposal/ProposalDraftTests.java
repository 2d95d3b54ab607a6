package org.linli.population.internal.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.linli.population.internal.Resident;
import org.linli.population.internal.ResidentDraft;
import org.linli.population.internal.ResidentProfile;
import org.linli.shared.RegionPath;

import static org.assertj.core.api.Assertions.assertThat;

class ProposalDraftTests {

	private static Resident resident(Long houseId) {
		return new Resident(7, new RegionPath("66"), 42, houseId, "冯七", "3****************1", LocalDate.of(1960, 1, 1),
				"M", "01", "139****0001", "REGISTERED", "旧地址", "MASSES", "PRIMARY", "MARRIED", true, "MANUAL", null,
				null, List.of("ELDERLY"), false, 3, Instant.EPOCH, new ResidentProfile("ID_CARD", "CHN", null,
						"RETIRED", "老单位", "CHRONIC", null, null, null, "冯八", "138****0000"),
				null);
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
	void sendsTheProfileOnlyWhenAProfileFieldIsProposedKeepingTheRestOfIt() {
		assertThat(ProposalDraft.onto(resident(null), Map.of("education", "BACHELOR")).profile()).isNull();
		ResidentDraft draft = ProposalDraft.onto(resident(null), Map.of("workplace", "新单位"));
		assertThat(draft.profile().workplace()).isEqualTo("新单位");
		assertThat(draft.profile().employment()).isEqualTo("RETIRED");
		assertThat(draft.profile().healthStatus()).isEqualTo("CHRONIC");
		assertThat(draft.profile().emergencyContactName()).isEqualTo("冯八");
		assertThat(draft.profile().emergencyContactPhone()).as("masked, so left out: kept").isNull();
	}

	@Test
	void everyProposableFieldReachesTheDraft() {
		Resident before = resident(9L);
		for (ProposableField field : ProposableField.values()) {
			Object value = field == ProposableField.LIVING_ALONE ? Boolean.FALSE
					: field.rule().kind() == FieldRule.Kind.PHONE ? "13800000000" : "X";
			ResidentDraft draft = ProposalDraft.onto(before, Map.of(field.key(), value));
			assertThat(draft.toString()).as(field.key()).contains(field.key() + "=" + value);
		}
	}

}
