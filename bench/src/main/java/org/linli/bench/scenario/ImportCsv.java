package org.linli.bench.scenario;

/** The residents CSV (UTF-8 with BOM, all residents in one file) through the import. */
final class ImportCsv extends ImportResidents {

	@Override
	public String name() {
		return "import-csv";
	}

	@Override
	String fileName() {
		return "residents-001.csv";
	}

}
