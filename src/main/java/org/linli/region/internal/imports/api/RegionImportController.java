package org.linli.region.internal.imports.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.linli.region.internal.imports.ImportCounts;
import org.linli.region.internal.imports.ImportFormat;
import org.linli.region.internal.imports.ImportRecord;
import org.linli.region.internal.imports.ImportReport;
import org.linli.region.internal.imports.ImportStatus;
import org.linli.region.internal.imports.ImportTemplates;
import org.linli.region.internal.imports.RegionImports;
import org.linli.shared.InvalidInputException;
import org.linli.shared.Jurisdiction;
import org.linli.shared.PageResult;
import org.linli.shared.Paging;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * REST API of the structure import: template download, upload (or dry run), history and
 * error report. Every call is limited to the caller's jurisdiction.
 */
@RestController
@RequestMapping("/api/v1/region-imports")
@PreAuthorize("hasAuthority('region.import')")
class RegionImportController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final RegionImports imports;

	private final ImportTemplates templates;

	private final ImportReport report;

	RegionImportController(RegionImports imports, ImportTemplates templates, ImportReport report) {
		this.imports = imports;
		this.templates = templates;
		this.report = report;
	}

	/** An import as the API returns it; errors carry localised reasons. */
	record ImportResponse(long id, ImportStatus status, String fileName, ImportFormat format, boolean dryRun,
			ImportCounts counts, int errorCount, List<ImportReport.Line> errors, String username, Instant createdAt) {

		static ImportResponse of(ImportRecord r, List<ImportReport.Line> errors) {
			return new ImportResponse(r.id(), r.status(), r.fileName(), r.format(), r.dryRun(), r.counts(),
					r.errorCount(), errors, r.username(), r.createdAt());
		}

	}

	@GetMapping("/template")
	ResponseEntity<byte[]> template(@RequestParam(defaultValue = "xlsx") String format) {
		boolean xlsx = "xlsx".equalsIgnoreCase(format);
		if (!xlsx && !"csv".equalsIgnoreCase(format)) {
			throw new InvalidInputException("import.error.templateFormat", "format");
		}
		return ResponseEntity.ok()
			.contentType(xlsx ? XLSX : new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment("房屋结构导入模板." + (xlsx ? "xlsx" : "csv")))
			.body(xlsx ? templates.xlsx() : templates.csv());
	}

	/**
	 * Imports a file; a rejected file answers 422 with the same body listing every error.
	 */
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ImportResponse> upload(Jurisdiction caller, @RequestParam("file") MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
		ImportRecord result;
		try (InputStream in = file.getInputStream()) {
			result = imports.run(caller, file.getOriginalFilename(), in, dryRun);
		}
		return ResponseEntity
			.status(result.status() == ImportStatus.REJECTED ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.OK)
			.body(response(result));
	}

	@GetMapping
	PageResult<ImportResponse> list(Jurisdiction caller, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return imports.history(caller, Paging.of(page, size)).map(r -> ImportResponse.of(r, null));
	}

	@GetMapping("/{id}")
	ImportResponse get(Jurisdiction caller, @PathVariable long id) {
		return response(imports.get(caller, id));
	}

	@GetMapping("/{id}/errors.csv")
	ResponseEntity<byte[]> errors(Jurisdiction caller, @PathVariable long id) {
		ImportRecord result = imports.get(caller, id);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment("导入错误报告-" + id + ".csv"))
			.body(report.csv(result.errors(), LocaleContextHolder.getLocale()));
	}

	private ImportResponse response(ImportRecord result) {
		return ImportResponse.of(result, report.lines(result.errors(), LocaleContextHolder.getLocale()));
	}

	static String attachment(String fileName) {
		return ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString();
	}

}
