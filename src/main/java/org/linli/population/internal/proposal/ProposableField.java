package org.linli.population.internal.proposal;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

import org.linli.population.internal.Resident;

/**
 * The fields a resident may propose to change on their own record (可自主更新的信息). The house
 * they live in, name, ID number, tags and everything else stay with the community. Adding
 * a field is one line here and one in {@link ProposalDraft}, which lays an approved value
 * onto the record.
 */
public enum ProposableField {

	/** 联系电话 — sealed at rest, shown masked. */
	PHONE("phone", FieldRule.phone(), Resident::phoneMasked),
	/** 户籍地址. */
	REGISTERED_ADDRESS("registeredAddress", FieldRule.text(200), Resident::registeredAddress),
	/** 政治面貌. */
	POLITICAL_STATUS("politicalStatus", FieldRule.code("political_status"), Resident::politicalStatus),
	/** 文化程度. */
	EDUCATION("education", FieldRule.code("education"), Resident::education),
	/** 婚姻状况. */
	MARITAL_STATUS("maritalStatus", FieldRule.code("marital_status"), Resident::maritalStatus),
	/** 独居. */
	LIVING_ALONE("livingAlone", FieldRule.flag(), r -> String.valueOf(r.livingAlone())),
	/** 就业状况. */
	EMPLOYMENT("employment", FieldRule.code("employment_status"), r -> r.profile().employment()),
	/** 工作单位. */
	WORKPLACE("workplace", FieldRule.text(200), r -> r.profile().workplace()),
	/** 紧急联系人. */
	EMERGENCY_CONTACT_NAME("emergencyContactName", FieldRule.text(50), r -> r.profile().emergencyContactName()),
	/** 紧急联系人电话 — sealed at rest, shown masked. */
	EMERGENCY_CONTACT_PHONE("emergencyContactPhone", FieldRule.phone(), r -> r.profile().emergencyContactPhone());

	private final String key;

	private final FieldRule rule;

	private final Function<Resident, String> current;

	ProposableField(String key, FieldRule rule, Function<Resident, String> current) {
		this.key = key;
		this.rule = rule;
		this.current = current;
	}

	/**
	 * The name used in requests, forms, history rows and message keys
	 * ({@code field.<key>}).
	 */
	public String key() {
		return key;
	}

	FieldRule rule() {
		return rule;
	}

	/** The record's value as readers may see it (masked when sensitive). */
	public String currentOf(Resident resident) {
		return current.apply(resident);
	}

	/** How a page offers the field: PHONE, TEXT, CODE or FLAG. */
	public String kind() {
		return rule.kind().name();
	}

	/** The dictionary type of a code field, otherwise {@code null}. */
	public String dictionary() {
		return rule.dictionary();
	}

	static Optional<ProposableField> byKey(String key) {
		return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
	}

}
