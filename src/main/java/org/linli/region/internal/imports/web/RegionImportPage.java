package org.linli.region.internal.imports.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.linli.region.internal.imports.ImportRecord;
import org.linli.region.internal.imports.ImportReport;
import org.linli.region.internal.imports.RegionImports;
import org.linli.shared.Jurisdiction;
import org.linli.shared.Paging;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import page: templates, upload form, the last result and the history. An upload
 * redirects to its result, so reloading the page never imports twice.
 */
@Controller
@RequestMapping("/regions/import")
@PreAuthorize("hasAuthority('region.import')")
class RegionImportPage {

	/** Errors shown on the page; the rest are in the CSV report. */
	static final int SHOWN_ERRORS = 500;

	static final List<String> LEVELS = List.of("streets", "communities", "grids", "compounds", "buildings", "units",
			"houses");

	private final RegionImports imports;

	private final ImportReport report;

	RegionImportPage(RegionImports imports, ImportReport report) {
		this.imports = imports;
		this.report = report;
	}

	@GetMapping
	String page(Jurisdiction caller, @RequestParam(required = false) Long result,
			@RequestParam(required = false) Integer page, Model model) {
		if (result != null) {
			ImportRecord record = imports.get(caller, result);
			List<ImportReport.Line> lines = report.lines(
					record.errors().subList(0, Math.min(SHOWN_ERRORS, record.errors().size())),
					LocaleContextHolder.getLocale());
			model.addAttribute("result", record);
			model.addAttribute("errorLines", lines);
		}
		model.addAttribute("levels", LEVELS);
		model.addAttribute("shownErrors", SHOWN_ERRORS);
		model.addAttribute("history", imports.history(caller, Paging.of(page, 10)));
		return "region/import";
	}

	@PostMapping
	String upload(Jurisdiction caller, @RequestParam("file") MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
		ImportRecord record;
		try (InputStream in = file.getInputStream()) {
			record = imports.run(caller, file.getOriginalFilename(), in, dryRun);
		}
		return "redirect:/regions/import?result=" + record.id();
	}

}
