package org.linli.region.internal.api;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

import org.linli.region.internal.AdminNode;
import org.linli.region.internal.HouseExport;
import org.linli.shared.Jurisdiction;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The houses under a node as an Excel workbook. */
@RestController
class HouseExportController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final HouseExport export;

	HouseExportController(HouseExport export) {
		this.export = export;
	}

	@GetMapping("/api/v1/regions/{id}/houses.xlsx")
	@PreAuthorize("hasAuthority('region.read')")
	ResponseEntity<byte[]> houses(@PathVariable long id, Jurisdiction jurisdiction, Locale locale) {
		// Built in memory first, so a refusal (404) is still a clean problem response.
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		AdminNode node = export.write(jurisdiction, id, locale, out);
		String filename = "houses-" + node.code() + ".xlsx";
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(out.toByteArray());
	}

}
