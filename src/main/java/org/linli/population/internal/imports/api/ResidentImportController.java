package org.linli.population.internal.imports.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.linli.population.internal.imports.ResidentImportProgress;
import org.linli.population.internal.imports.ResidentImportRecord;
import org.linli.population.internal.imports.ResidentImportReport;
import org.linli.population.internal.imports.ResidentImports;
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
 * REST API of the resident import: template, upload (or dry run), history, error report.
 * Every call is limited to the caller's jurisdiction.
 */
@RestController
@RequestMapping("/api/v1/resident-imports")
@PreAuthorize("hasAuthority('population.import')")
class ResidentImportController {

	/**
	 * The API returns at most this many errors and conflicts; the CSV report has all
	 * kept.
	 */
	static final int SHOWN = 500;

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final ResidentImports imports;

	private final ResidentImportReport report;

	ResidentImportController(ResidentImports imports, ResidentImportReport report) {
		this.imports = imports;
		this.report = report;
	}

	record ImportResponse(long id, String status, String fileName, String format, boolean dryRun,
			ResidentImportRecord.Counts counts, int errorCount, List<ResidentImportReport.Line> errors,
			List<ResidentImportReport.Line> conflicts, String username, Instant createdAt) {
	}

	@GetMapping("/template")
	ResponseEntity<byte[]> template(@RequestParam(defaultValue = "xlsx") String format) {
		boolean xlsx = "xlsx".equalsIgnoreCase(format);
		if (!xlsx && !"csv".equalsIgnoreCase(format)) {
			throw new InvalidInputException("population.import.error.templateFormat", "format");
		}
		return ResponseEntity.ok()
			.contentType(xlsx ? XLSX : new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment("居民导入模板." + (xlsx ? "xlsx" : "csv")))
			.body(xlsx ? report.xlsxTemplate() : report.csvTemplate());
	}

	/**
	 * Imports a file and answers when it is done; a rejected file answers 422 with the
	 * same body listing the errors. With {@code requestId} (the client's own, e.g. a
	 * UUID) its progress can be polled at {@code /{requestId}/progress} while the upload
	 * runs, and a retry answers the first import (202 while it still runs) instead of
	 * importing again.
	 */
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ImportResponse> upload(Jurisdiction caller, @RequestParam("file") MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, @RequestParam(required = false) String requestId)
			throws IOException {
		ResidentImportRecord result;
		try (InputStream in = file.getInputStream()) {
			result = imports.run(caller, file.getOriginalFilename(), in, dryRun, requestId);
		}
		HttpStatus status = switch (result.status()) {
			case "REJECTED" -> HttpStatus.UNPROCESSABLE_ENTITY;
			case "RUNNING" -> HttpStatus.ACCEPTED;
			default -> HttpStatus.OK;
		};
		return ResponseEntity.status(status).body(response(result));
	}

	/**
	 * Progress of an import (导入进度) by its id or the client's request id: phase, rows read
	 * / checked / written of the file's rows; kept up to date in the database while the
	 * import runs, so any node answers.
	 */
	@GetMapping("/{ref}/progress")
	ResidentImportProgress progress(Jurisdiction caller, @PathVariable String ref) {
		return imports.progress(caller, ref);
	}

	@GetMapping
	PageResult<ImportResponse> list(Jurisdiction caller, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return imports.history(caller, Paging.of(page, size)).map(this::response);
	}

	@GetMapping("/{id}")
	ImportResponse get(Jurisdiction caller, @PathVariable long id) {
		return response(imports.get(caller, id));
	}

	@GetMapping("/{id}/errors.csv")
	ResponseEntity<byte[]> errors(Jurisdiction caller, @PathVariable long id) {
		ResidentImportRecord result = imports.get(caller, id);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment("居民导入错误报告-" + id + ".csv"))
			.body(report.csv(result, LocaleContextHolder.getLocale()));
	}

	private ImportResponse response(ResidentImportRecord r) {
		var locale = LocaleContextHolder.getLocale();
		return new ImportResponse(r.id(), r.status(), r.fileName(), r.format(), r.dryRun(), r.counts(), r.errorCount(),
				report.lines(r.errors().stream().limit(SHOWN).toList(), locale),
				report.lines(r.conflicts().stream().limit(SHOWN).toList(), locale), r.username(), r.createdAt());
	}

	private static String attachment(String fileName) {
		return ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString();
	}

}
