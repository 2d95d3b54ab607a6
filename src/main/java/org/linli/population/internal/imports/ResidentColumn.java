package org.linli.population.internal.imports;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.linli.shared.HeaderText;

/**
 * The columns of the residents sheet (bench/README.md "residents"), by Chinese header,
 * English alias, or a name the departments' and communities' own sheets use for the same
 * column (公民身份号码, 手机号码, 服务处所 …). Headers are compared without blanks, line breaks, a
 * required-field star or a trailing note in brackets ("*姓名", "出生日期（yyyy-mm-dd）"). Columns
 * not listed are ignored. A resident without a mainland ID card leaves 身份证号码 blank and
 * gives 证件类型 and 证件号码, with 出生日期 and 性别 (the number holds neither); a sheet with 证件号码
 * alone holds ID card numbers there. 户号 and 与户主关系 form households.
 */
enum ResidentColumn {

	NAME("姓名", "name", true, "居民姓名", "人员姓名"),
	ID_CARD("身份证号码", "idCardNumber", true, "公民身份号码", "身份证号", "身份证", "公民身份证号码", "身份证件号码"), SEX("性别", "sex", false),
	ETHNIC("民族", "ethnic", false), PHONE("联系电话", "phone", false, "手机号码", "手机号", "手机", "联系方式", "电话号码", "电话"),
	REGISTERED_ADDRESS("户籍地址", "registeredAddress", false, "户籍地", "户籍所在地", "户籍地详址", "户口所在地"),
	RESIDENCE_TYPE("居住类型", "residenceType", true, "人口类型", "人员类型"),
	COMMUNITY_CODE("社区代码", "communityCode", true, "社区编码"), GRID_NUMBER("网格号", "gridNumber", false, "网格编号"),
	COMPOUND_NAME("小区名称", "compoundName", false, "小区", "小区名"),
	BUILDING_NUMBER("楼栋号", "buildingNumber", false, "楼栋", "楼号", "幢号"), UNIT_NUMBER("单元号", "unitNumber", false, "单元"),
	ROOM_NUMBER("房号", "roomNumber", false, "房间号", "室号"), HOUSEHOLD_NUMBER("户号", "householdNumber", false, "户编号"),
	RELATION("与户主关系", "relation", false), POLITICAL_STATUS("政治面貌", "politicalStatus", false),
	EDUCATION("文化程度", "education", false, "学历"), MARITAL_STATUS("婚姻状况", "maritalStatus", false),
	EMPLOYER("工作单位", "employer", false, "服务处所", "工作单位服务处所"), TAGS("标签", "tags", false, "人员标签", "重点人群", "重点人群标签"),
	DOCUMENT_TYPE("证件类型", "documentType", false), DOCUMENT_NUMBER("证件号码", "documentNumber", false, "证件号"),
	BIRTH_DATE("出生日期", "birthDate", false, "出生年月日"), NATIONALITY("国籍", "nationality", false, "国籍地区"),
	EMPLOYMENT("就业状况", "employment", false, "就业情况"), EMERGENCY_NAME("紧急联系人", "emergencyContactName", false),
	EMERGENCY_PHONE("紧急联系电话", "emergencyContactPhone", false, "紧急联系人电话");

	/** A row naming fewer known columns is a title or a note above the header row. */
	static final int HEADER_MIN_COLUMNS = 3;

	final String header;

	final String alias;

	final boolean required;

	/** The header, the alias and the synonyms as {@link HeaderText#bare} gives them. */
	private final Set<String> names = new HashSet<>();

	ResidentColumn(String header, String alias, boolean required, String... synonyms) {
		this.header = header;
		this.alias = alias;
		this.required = required;
		names.add(HeaderText.bare(header));
		names.add(HeaderText.bare(alias));
		Arrays.stream(synonyms).map(HeaderText::bare).forEach(names::add);
	}

	static List<String> headers() {
		return Arrays.stream(values()).map(c -> c.header).toList();
	}

	private boolean named(String bare) {
		return names.contains(bare);
	}

	/** Column index of each known header in the row (the first match wins). */
	static Map<ResidentColumn, Integer> known(List<String> headerRow) {
		Map<ResidentColumn, Integer> found = new EnumMap<>(ResidentColumn.class);
		for (int i = 0; i < headerRow.size(); i++) {
			String bare = HeaderText.bare(headerRow.get(i));
			for (ResidentColumn column : values()) {
				if (column.named(bare)) {
					found.putIfAbsent(column, i);
				}
			}
		}
		return found;
	}

	/**
	 * Column index of each known header in the header row.
	 * @throws ImportRejected naming the first required header that is missing
	 */
	static Map<ResidentColumn, Integer> map(List<String> headerRow) {
		Map<ResidentColumn, Integer> found = known(headerRow);
		for (ResidentColumn column : values()) {
			boolean given = found.containsKey(column) || column == ID_CARD && found.containsKey(DOCUMENT_NUMBER);
			if (column.required && !given) {
				throw new ImportRejected("population.import.error.missingHeader", column.header, column.alias);
			}
		}
		return found;
	}

}
