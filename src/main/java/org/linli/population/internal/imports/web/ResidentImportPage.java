package org.linli.population.internal.imports.web;

import java.io.IOException;
import java.io.InputStream;

import org.linli.population.internal.imports.ResidentImportProgress;
import org.linli.population.internal.imports.ResidentImportRecord;
import org.linli.population.internal.imports.ResidentImportReport;
import org.linli.population.internal.imports.ResidentImports;
import org.linli.shared.InvalidInputException;
import org.linli.shared.Jurisdiction;
import org.linli.shared.NotFoundException;
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

	/**
	 * Imports the file; the page names the upload by a request id it made, so that it can
	 * poll {@link #progress} while this runs and a resent form imports nothing twice.
	 */
	@PostMapping
	String upload(Jurisdiction caller, @RequestParam("file") MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, @RequestParam(required = false) String requestId)
			throws IOException {
		ResidentImportRecord record;
		try (InputStream in = file.getInputStream()) {
			record = imports.run(caller, file.getOriginalFilename(), in, dryRun, requestId);
		}
		return "redirect:/population/import?result=" + record.id();
	}

	/**
	 * The progress bar (an htmx fragment the page polls every second while its upload
	 * runs); before the upload has arrived it shows an indeterminate bar.
	 */
	@GetMapping("/progress")
	String progress(Jurisdiction caller, @RequestParam String requestId, Model model) {
		ResidentImportProgress progress = null;
		try {
			progress = imports.progress(caller, requestId);
		}
		catch (NotFoundException | InvalidInputException ex) {
			// not arrived yet: the file is still uploading
		}
		model.addAttribute("progress", progress);
		return "population/import :: progress";
	}

}
