package org.linli.population.internal.imports;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of the residents sheet (bench/README.md "residents"), by Chinese header or
 * English alias. Columns not listed are ignored. A resident without a mainland ID card
 * leaves 身份证号码 blank and gives 证件类型 and 证件号码, with 出生日期 and 性别 (the number holds
 * neither); 工作单位 is the workplace; 户号 and 与户主关系 form households.
 */
enum ResidentColumn {

	NAME("姓名", "name", true), ID_CARD("身份证号码", "idCardNumber", true), SEX("性别", "sex", false),
	ETHNIC("民族", "ethnic", false), PHONE("联系电话", "phone", false),
	REGISTERED_ADDRESS("户籍地址", "registeredAddress", false), RESIDENCE_TYPE("居住类型", "residenceType", true),
	COMMUNITY_CODE("社区代码", "communityCode", true), GRID_NUMBER("网格号", "gridNumber", false),
	COMPOUND_NAME("小区名称", "compoundName", false), BUILDING_NUMBER("楼栋号", "buildingNumber", false),
	UNIT_NUMBER("单元号", "unitNumber", false), ROOM_NUMBER("房号", "roomNumber", false),
	HOUSEHOLD_NUMBER("户号", "householdNumber", false), RELATION("与户主关系", "relation", false),
	POLITICAL_STATUS("政治面貌", "politicalStatus", false), EDUCATION("文化程度", "education", false),
	MARITAL_STATUS("婚姻状况", "maritalStatus", false), EMPLOYER("工作单位", "employer", false), TAGS("标签", "tags", false),
	DOCUMENT_TYPE("证件类型", "documentType", false), DOCUMENT_NUMBER("证件号码", "documentNumber", false),
	BIRTH_DATE("出生日期", "birthDate", false), NATIONALITY("国籍", "nationality", false),
	EMPLOYMENT("就业状况", "employment", false), EMERGENCY_NAME("紧急联系人", "emergencyContactName", false),
	EMERGENCY_PHONE("紧急联系电话", "emergencyContactPhone", false);

	final String header;

	final String alias;

	final boolean required;

	ResidentColumn(String header, String alias, boolean required) {
		this.header = header;
		this.alias = alias;
		this.required = required;
	}

	static List<String> headers() {
		return java.util.Arrays.stream(values()).map(c -> c.header).toList();
	}

	/**
	 * Column index of each known header in the first row.
	 * @throws ImportRejected naming the first required header that is missing
	 */
	static Map<ResidentColumn, Integer> map(List<String> headerRow) {
		Map<ResidentColumn, Integer> found = new EnumMap<>(ResidentColumn.class);
		for (int i = 0; i < headerRow.size(); i++) {
			String text = headerRow.get(i) == null ? "" : headerRow.get(i).strip();
			String lower = text.toLowerCase(Locale.ROOT);
			for (ResidentColumn column : values()) {
				if (column.header.equals(text) || column.alias.toLowerCase(Locale.ROOT).equals(lower)) {
					found.putIfAbsent(column, i);
				}
			}
		}
		for (ResidentColumn column : values()) {
			if (column.required && !found.containsKey(column)) {
				throw new ImportRejected("population.import.error.missingHeader", column.header, column.alias);
			}
		}
		return found;
	}

}
