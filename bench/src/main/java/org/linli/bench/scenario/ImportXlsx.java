package org.linli.bench.scenario;

/**
 * The first residents workbook (one sheet, at most 1,048,575 rows: all residents of
 * {@code small} and {@code 1m}) through the import.
 */
final class ImportXlsx extends ImportResidents {

	@Override
	public String name() {
		return "import-xlsx";
	}

	@Override
	String fileName() {
		return "residents-001.xlsx";
	}

}
