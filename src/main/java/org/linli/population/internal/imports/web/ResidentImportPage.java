package org.linli.population.internal.imports.web;

import java.io.IOException;
import java.io.InputStream;

import org.linli.population.internal.imports.ResidentImportRecord;
import org.linli.population.internal.imports.ResidentImportReport;
import org.linli.population.internal.imports.ResidentImports;
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
 * 居民导入 page: templates, upload form, the last result (errors capped at
 * {@value #SHOWN_ERRORS}, the rest in the CSV report) and the history. An upload
 * redirects to its result, so reloading never imports twice.
 */
@Controller
@RequestMapping("/population/import")
@PreAuthorize("hasAuthority('population.import')")
class ResidentImportPage {

	static final int SHOWN_ERRORS = 500;

	private final ResidentImports imports;

	private final ResidentImportReport report;

	ResidentImportPage(ResidentImports imports, ResidentImportReport report) {
		this.imports = imports;
		this.report = report;
	}

	@GetMapping
	String page(Jurisdiction caller, @RequestParam(required = false) Long result,
			@RequestParam(required = false) Integer page, Model model) {
		if (result != null) {
			ResidentImportRecord record = imports.get(caller, result);
			var locale = LocaleContextHolder.getLocale();
			model.addAttribute("result", record);
			model.addAttribute("errorLines",
					report.lines(record.errors().stream().limit(SHOWN_ERRORS).toList(), locale));
			model.addAttribute("conflictLines",
					report.lines(record.conflicts().stream().limit(SHOWN_ERRORS).toList(), locale));
		}
		model.addAttribute("shownErrors", SHOWN_ERRORS);
		model.addAttribute("history", imports.history(caller, Paging.of(page, 10)));
		return "population/import";
	}

	@PostMapping
	String upload(Jurisdiction caller, @RequestParam("file") MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
		ResidentImportRecord record;
		try (InputStream in = file.getInputStream()) {
			record = imports.run(caller, file.getOriginalFilename(), in, dryRun);
		}
		return "redirect:/population/import?result=" + record.id();
	}

}
