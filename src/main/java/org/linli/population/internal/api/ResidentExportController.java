package org.linli.population.internal.api;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.linli.population.PopulationPermissions;
import org.linli.population.internal.Caller;
import org.linli.population.internal.ResidentCriteria;
import org.linli.population.internal.ResidentExport;
import org.linli.shared.Jurisdiction;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 导出 Excel — the residents of a search as a workbook, streamed. The filters are the
 * search's except ID number and phone, which never go into a URL; {@code full=true} needs
 * population.reveal and a reason.
 */
@RestController
class ResidentExportController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final ResidentExport export;

	ResidentExportController(ResidentExport export) {
		this.export = export;
	}

	@GetMapping("/api/v1/residents/export.xlsx")
	@PreAuthorize("hasAuthority('population.read')")
	void export(@RequestParam(required = false) String q, @RequestParam(required = false) String tag,
			@RequestParam(required = false) Integer ageFrom, @RequestParam(required = false) Integer ageTo,
			@RequestParam(required = false) Long under, @RequestParam(required = false) Long houseId,
			@RequestParam(defaultValue = "false") boolean includeRetired,
			@RequestParam(defaultValue = "false") boolean full, @RequestParam(required = false) String reason,
			Jurisdiction jurisdiction, Authentication authentication, Locale locale, HttpServletResponse response)
			throws IOException {
		if (full && authentication.getAuthorities()
			.stream()
			.noneMatch(a -> PopulationPermissions.REVEAL.equals(a.getAuthority()))) {
			throw new AccessDeniedException(PopulationPermissions.REVEAL);
		}
		Caller caller = Caller.of(jurisdiction, authentication);
		var criteria = new ResidentCriteria(q, null, null, tag, ageFrom, ageTo, under, houseId, includeRetired);
		// Refusals (400/404) come before the first byte, so they are still clean
		// problems.
		export.check(caller, criteria, full, reason);
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("residents.xlsx").build().toString());
		export.write(caller, criteria, full, reason, locale, response.getOutputStream());
	}

}
