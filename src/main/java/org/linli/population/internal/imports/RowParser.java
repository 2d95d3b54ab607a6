package org.linli.population.internal.imports;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.linli.dictionary.Dictionaries;
import org.linli.population.internal.DocumentType;
import org.linli.population.internal.PersonalDocument;
import org.linli.shared.InvalidInputException;
import org.linli.shared.Jurisdiction;
import org.linli.shared.PhoneNumber;

/**
 * Turns the cells of one row into a checked {@link ParsedRow}, or reports every fault of
 * the row (row, column, value, reason) and answers {@code null}. ID numbers are reported
 * masked, never in full.
 */
final class RowParser {

	/** A row that passed every check; blank optional cells are {@code null} ("keep"). */
	record ParsedRow(int row, String name, PersonalDocument document, PhoneNumber phone, String ethnic,
			String residenceType, String registeredAddress, String politicalStatus, String education,
			String maritalStatus, PlaceLookup.Place place, List<String> tags, Profile profile, Membership household) {
	}

	/**
	 * The rest of the one form the sheet may carry; blank cells are {@code null} (keep).
	 */
	record Profile(String nationality, String employment, String workplace, String emergencyName,
			PhoneNumber emergencyPhone) {
	}

	/** 户号 and 与户主关系: the household the row belongs to, and how. */
	record Membership(String number, String relation) {
	}

	private static final java.util.regex.Pattern TAG_SEPARATORS = java.util.regex.Pattern.compile("[、,，;；/\\s]+");

	/** 3, 03, 第3网格, 3号网格. */
	private static final java.util.regex.Pattern GRID = java.util.regex.Pattern.compile("第?(\\d{1,3})号?(网格)?");

	private static final java.util.regex.Pattern DATE = java.util.regex.Pattern
		.compile("(\\d{4})[-/.年]?(\\d{1,2})[-/.月]?(\\d{1,2})日?");

	/** 证件类型 as the departments' sheets name them. */
	private static final Map<String, DocumentType> DOCUMENT_TYPES = Map.of("居民身份证", DocumentType.ID_CARD, "身份证",
			DocumentType.ID_CARD, "港澳台居民居住证", DocumentType.HMT_RESIDENCE_PERMIT, "外国人永久居留身份证",
			DocumentType.FOREIGN_PERMANENT_RESIDENCE, "港澳居民来往内地通行证", DocumentType.HK_MACAO_PERMIT, "台湾居民来往大陆通行证",
			DocumentType.TAIWAN_PERMIT, "外国人永久居留证", DocumentType.FOREIGN_PERMANENT_RESIDENCE_OLD, "护照",
			DocumentType.PASSPORT);

	private static final Map<String, String> SEXES = Map.of("男", "M", "女", "F", "M", "M", "F", "F", "MALE", "M",
			"FEMALE", "F");

	private static final Map<String, String> NATIONALITIES = Map.of("中国", "CHN", "中华人民共和国", "CHN");

	private final Map<ResidentColumn, Integer> columns;

	private final DictionaryLabels labels;

	private final PlaceLookup places;

	private final Jurisdiction caller;

	private final Consumer<RowError> errors;

	/** Sensitive tags the caller may not set. */
	private final java.util.Set<String> forbiddenTags;

	RowParser(Map<ResidentColumn, Integer> columns, Dictionaries dictionaries, PlaceLookup places, Jurisdiction caller,
			java.util.Set<String> forbiddenTags, Consumer<RowError> errors) {
		this.forbiddenTags = forbiddenTags;
		this.columns = columns;
		this.places = places;
		this.caller = caller;
		this.errors = errors;
		this.labels = new DictionaryLabels(dictionaries);
	}

	ParsedRow parse(int row, List<String> cells) {
		boolean[] ok = { true };
		Consumer<RowError> fault = e -> {
			ok[0] = false;
			errors.accept(e);
		};
		String name = cell(cells, ResidentColumn.NAME);
		if (name == null || name.length() > 50) {
			fault.accept(error(row, ResidentColumn.NAME, name, "population.import.error.name"));
		}
		PersonalDocument document = document(row, cells, fault);
		PhoneNumber phone = null;
		String phoneText = cell(cells, ResidentColumn.PHONE);
		if (phoneText != null) {
			try {
				phone = PhoneNumber.parse(phoneText);
			}
			catch (InvalidInputException ex) {
				fault.accept(RowError.of(row, ResidentColumn.PHONE.header, phoneText, ex.messageKey(), ex.arguments()));
			}
		}
		String residenceType = code(row, cells, ResidentColumn.RESIDENCE_TYPE, "residence_type", true, fault);
		String ethnic = code(row, cells, ResidentColumn.ETHNIC, "ethnic_group", false, fault);
		String political = code(row, cells, ResidentColumn.POLITICAL_STATUS, "political_status", false, fault);
		String education = code(row, cells, ResidentColumn.EDUCATION, "education", false, fault);
		String marital = code(row, cells, ResidentColumn.MARITAL_STATUS, "marital_status", false, fault);
		String address = cell(cells, ResidentColumn.REGISTERED_ADDRESS);
		if (address != null && address.length() > 200) {
			fault.accept(error(row, ResidentColumn.REGISTERED_ADDRESS, address.substring(0, 20) + "…",
					"population.import.error.tooLong", 200));
		}
		List<String> tags = tags(row, cells, fault);
		PlaceLookup.Place place = place(row, cells, fault);
		Profile profile = profile(row, cells, fault);
		Membership household = household(row, cells, fault);
		if (!ok[0]) {
			return null;
		}
		return new ParsedRow(row, name, document, phone, ethnic, residenceType, address, political, education, marital,
				place, tags, profile, household);
	}

	/**
	 * The identity document: the ID card in 身份证号码 (or in 证件号码, as sheets with one number
	 * column for every document hold it), or 证件类型 with the number in 证件号码 (or 身份证号码) and,
	 * for numbers without them, 出生日期 and 性别.
	 */
	private PersonalDocument document(int row, List<String> cells, Consumer<RowError> fault) {
		String typeText = cell(cells, ResidentColumn.DOCUMENT_TYPE);
		DocumentType type = typeText == null ? DocumentType.ID_CARD : DOCUMENT_TYPES.get(typeText);
		if (type == null) {
			try {
				type = DocumentType.valueOf(typeText.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				fault.accept(
						error(row, ResidentColumn.DOCUMENT_TYPE, typeText, "error.population.document.type", typeText));
				return null;
			}
		}
		ResidentColumn column = ResidentColumn.ID_CARD;
		String number = cell(cells, column);
		if (number == null) {
			column = ResidentColumn.DOCUMENT_NUMBER;
			number = cell(cells, column);
		}
		LocalDate birthDate = null;
		String sex = null;
		if (!type.gb11643()) {
			String born = cell(cells, ResidentColumn.BIRTH_DATE);
			birthDate = born == null ? null : date(born);
			if (birthDate == null) {
				fault.accept(error(row, ResidentColumn.BIRTH_DATE, born, "error.population.birthDate"));
				return null;
			}
			String sexText = cell(cells, ResidentColumn.SEX);
			sex = sexText == null ? null : SEXES.get(sexText.toUpperCase(Locale.ROOT));
			if (sex == null) {
				fault.accept(error(row, ResidentColumn.SEX, sexText, "error.population.sex"));
				return null;
			}
		}
		try {
			return PersonalDocument.parse(type, number, birthDate, sex, LocalDate.now());
		}
		catch (InvalidInputException ex) {
			fault.accept(RowError.of(row, column.header, masked(number), ex.messageKey(), ex.arguments()));
			return null;
		}
	}

	/** 2024-05-17, 2024/5/17, 2024.5.17 or 20240517. */
	static LocalDate date(String text) {
		var m = DATE.matcher(text);
		if (!m.matches()) {
			return null;
		}
		try {
			return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
					Integer.parseInt(m.group(3)));
		}
		catch (java.time.DateTimeException ex) {
			return null;
		}
	}

	private Profile profile(int row, List<String> cells, Consumer<RowError> fault) {
		String nationality = cell(cells, ResidentColumn.NATIONALITY);
		if (nationality != null) {
			String code = NATIONALITIES.getOrDefault(nationality, nationality.toUpperCase(Locale.ROOT));
			if (!code.matches("[A-Z]{3}")) {
				fault.accept(error(row, ResidentColumn.NATIONALITY, nationality, "population.import.error.dictionary"));
			}
			nationality = code;
		}
		String employment = code(row, cells, ResidentColumn.EMPLOYMENT, "employment_status", false, fault);
		String workplace = text(row, cells, ResidentColumn.EMPLOYER, 200, fault);
		String emergencyName = text(row, cells, ResidentColumn.EMERGENCY_NAME, 50, fault);
		PhoneNumber emergencyPhone = null;
		String phoneText = cell(cells, ResidentColumn.EMERGENCY_PHONE);
		if (phoneText != null) {
			try {
				emergencyPhone = PhoneNumber.parse(phoneText);
			}
			catch (InvalidInputException ex) {
				fault.accept(error(row, ResidentColumn.EMERGENCY_PHONE, phoneText, ex.messageKey(), ex.arguments()));
			}
		}
		if (nationality == null && employment == null && workplace == null && emergencyName == null
				&& emergencyPhone == null) {
			return null;
		}
		return new Profile(nationality, employment, workplace, emergencyName, emergencyPhone);
	}

	private Membership household(int row, List<String> cells, Consumer<RowError> fault) {
		String number = text(row, cells, ResidentColumn.HOUSEHOLD_NUMBER, 30, fault);
		if (number == null) {
			return null;
		}
		String relation = cell(cells, ResidentColumn.RELATION);
		return new Membership(number, relation == null ? "OTHER" : HouseholdRelation.of(relation));
	}

	private String text(int row, List<String> cells, ResidentColumn column, int max, Consumer<RowError> fault) {
		String text = cell(cells, column);
		if (text != null && text.length() > max) {
			fault.accept(error(row, column, text.substring(0, 20) + "…", "population.import.error.tooLong", max));
		}
		return text;
	}

	/**
	 * Key-population tags (标签) joined with 、: a code, a label, or a label followed by a
	 * noun ("独居老人" for 独居, "残疾人" for 残疾).
	 */
	private List<String> tags(int row, List<String> cells, Consumer<RowError> fault) {
		String text = cell(cells, ResidentColumn.TAGS);
		if (text == null) {
			return List.of();
		}
		List<String> found = new java.util.ArrayList<>(2);
		for (String part : TAG_SEPARATORS.split(text)) {
			if (part.isEmpty()) {
				continue;
			}
			String code = labels.tag(part);
			if (code == null || forbiddenTags.contains(code)) {
				fault.accept(error(row, ResidentColumn.TAGS, part, "population.import.error.tag"));
			}
			else if (!found.contains(code)) {
				found.add(code);
			}
		}
		return found;
	}

	private PlaceLookup.Place place(int row, List<String> cells, Consumer<RowError> fault) {
		String community = cell(cells, ResidentColumn.COMMUNITY_CODE);
		if (community == null) {
			fault.accept(error(row, ResidentColumn.COMMUNITY_CODE, null, "population.import.error.required"));
			return null;
		}
		if (org.linli.shared.TypedNumber.lostToSpreadsheet(community)) {
			fault.accept(
					error(row, ResidentColumn.COMMUNITY_CODE, community, "population.import.error.spreadsheetNumber"));
			return null;
		}
		String grid = cell(cells, ResidentColumn.GRID_NUMBER);
		String gridCode = "";
		if (grid != null) {
			var number = GRID.matcher(grid);
			if (!number.matches() || Integer.parseInt(number.group(1)) == 0) {
				fault.accept(error(row, ResidentColumn.GRID_NUMBER, grid, "population.import.error.gridNumber"));
				return null;
			}
			gridCode = community + "%03d".formatted(Integer.parseInt(number.group(1)));
		}
		String building = cell(cells, ResidentColumn.BUILDING_NUMBER);
		String room = cell(cells, ResidentColumn.ROOM_NUMBER);
		java.util.Optional<PlaceLookup.Place> found;
		ResidentColumn blame;
		String value;
		if (building != null || room != null) {
			String compound = cell(cells, ResidentColumn.COMPOUND_NAME);
			String unit = cell(cells, ResidentColumn.UNIT_NUMBER);
			found = places.house(community, gridCode, compound == null ? "" : compound, nz(building),
					unit == null ? "" : unit, nz(room));
			blame = ResidentColumn.ROOM_NUMBER;
			value = String.join(" ", nz(compound), nz(building), nz(unit), nz(room)).strip();
		}
		else {
			found = places.node(gridCode.isEmpty() ? community : gridCode);
			blame = gridCode.isEmpty() ? ResidentColumn.COMMUNITY_CODE : ResidentColumn.GRID_NUMBER;
			value = gridCode.isEmpty() ? community : grid;
		}
		// Outside the caller's jurisdiction a place is as unknown as a made-up one.
		if (found.isEmpty() || !caller.covers(found.get().path())) {
			fault.accept(error(row, blame, value, "population.import.error.place"));
			return null;
		}
		return found.get();
	}

	private String code(int row, List<String> cells, ResidentColumn column, String type, boolean required,
			Consumer<RowError> fault) {
		String text = cell(cells, column);
		if (text == null) {
			if (required) {
				fault.accept(error(row, column, null, "population.import.error.required"));
			}
			return null;
		}
		String code = labels.code(type, text);
		if (code == null) {
			fault.accept(error(row, column, text, "population.import.error.dictionary"));
		}
		return code;
	}

	private String cell(List<String> cells, ResidentColumn column) {
		Integer index = columns.get(column);
		if (index == null || index >= cells.size() || cells.get(index) == null) {
			return null;
		}
		String text = cells.get(index).strip();
		return text.isEmpty() ? null : text;
	}

	private static RowError error(int row, ResidentColumn column, String value, String key, Object... args) {
		return RowError.of(row, column.header, value, key, args);
	}

	/** The error report never holds a full ID number. */
	static String masked(String idText) {
		if (idText == null || idText.length() < 4) {
			return idText;
		}
		return idText.charAt(0) + "*".repeat(idText.length() - 3) + idText.substring(idText.length() - 2);
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

}
