package org.linli.population;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One person to register in bulk (批量登记): a department's hand-over, a migration, or the
 * demo city. Plain values, checked by {@link PopulationSeeding#seed} as a form would
 * check them; birth date and sex come from the ID number.
 *
 * @param name full name
 * @param idCardNumber mainland GB 11643 number (18 characters)
 * @param phone mobile or landline, or null
 * @param residenceType dictionary {@code residence_type} code (REGISTERED, FLOATING …)
 * @param houseId the house lived in; its grid becomes the resident's region
 * @param regionId a community or grid, used only when {@code houseId} is null
 * @param household a key shared by the members of one household (户) in this batch, or
 * null for none
 * @param relation relation to the household's head: HEAD (exactly one per household),
 * SPOUSE, CHILD, PARENT, GRANDPARENT, GRANDCHILD, SIBLING or OTHER
 * @param tags key-population tag codes (ELDERLY, LIVING_ALONE, COMMUNITY_CORRECTION …)
 * @param details the rest of the form, or null
 * @param verifiedAt when the data was last verified (核实), or null
 * @param verifiedBy who verified it, with {@code verifiedAt}
 * @param accountId a resident account to bind the record to (实名绑定), or null
 * @param tenure how a household's head holds the house (人房关系), or null for none; only on
 * a HEAD with a house, and then the other members are recorded as living there
 */
public record ResidentSeed(String name, String idCardNumber, String phone, String residenceType, Long houseId,
		Long regionId, String household, String relation, List<String> tags, Details details, Instant verifiedAt,
		String verifiedBy, Long accountId, Tenure tenure) {

	public ResidentSeed {
		tags = tags == null ? List.of() : List.copyOf(tags);
		details = details == null ? Details.NONE : details;
	}

	/** A seed without a tenure. */
	public ResidentSeed(String name, String idCardNumber, String phone, String residenceType, Long houseId,
			Long regionId, String household, String relation, List<String> tags, Details details, Instant verifiedAt,
			String verifiedBy, Long accountId) {
		this(name, idCardNumber, phone, residenceType, houseId, regionId, household, relation, tags, details,
				verifiedAt, verifiedBy, accountId, null);
	}

	/**
	 * 人房关系 of a household's head to its house: owned or rented since a day, the
	 * relation's start (its other members live there from the same day).
	 *
	 * @param kind owned or rented
	 * @param since the first day
	 */
	public record Tenure(Kind kind, LocalDate since) {

		public Tenure {
			java.util.Objects.requireNonNull(kind, "kind");
			java.util.Objects.requireNonNull(since, "since");
		}

		/** How the head holds the house. */
		public enum Kind {

			/** 产权人 — owns it. */
			OWNER,

			/** 承租人 — rents it. */
			TENANT

		}

	}

	/**
	 * Dictionary codes and free text of the form; any may be null.
	 *
	 * @param ethnic {@code ethnic_group} code ("01" 汉族)
	 * @param politicalStatus {@code political_status} code
	 * @param education {@code education} code
	 * @param maritalStatus {@code marital_status} code
	 * @param employment {@code employment_status} code
	 * @param militaryService {@code military_service} code
	 * @param registeredAddress 户籍地址
	 * @param livingAlone 独居
	 */
	public record Details(String ethnic, String politicalStatus, String education, String maritalStatus,
			String employment, String militaryService, String registeredAddress, boolean livingAlone) {

		static final Details NONE = new Details(null, null, null, null, null, null, null, false);

	}

}
