package org.linli.identity.internal.api;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.linli.identity.internal.AuditFilter;
import org.linli.identity.internal.AuditRecord;
import org.linli.identity.internal.AuditTrail;
import org.linli.identity.internal.DataAccessRecord;
import org.linli.identity.internal.LinliPrincipal;
import org.linli.shared.PageResult;
import org.linli.shared.Paging;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit log (审计管理员) and, for everyone, the accesses to their own data.
 */
@RestController
class AuditController {

	private final AuditTrail trail;

	AuditController(AuditTrail trail) {
		this.trail = trail;
	}

	/**
	 * The chain check; {@code firstBrokenSeq} is always present, {@code null} when
	 * intact.
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	record Verification(boolean intact, long entries, Long firstBrokenSeq) {
	}

	@GetMapping("/api/v1/audit")
	@PreAuthorize("hasAuthority('audit.read')")
	PageResult<AuditRecord> entries(@RequestParam(required = false) String actor,
			@RequestParam(required = false) String action, @RequestParam(required = false) String outcome,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return trail.search(new AuditFilter(actor, action, outcome, from, to), Paging.of(page, size));
	}

	@GetMapping("/api/v1/audit/verify")
	@PreAuthorize("hasAuthority('audit.verify')")
	Verification verify() {
		var result = trail.verify();
		return new Verification(result.intact(), result.entries(), result.firstBrokenSeq());
	}

	/** 谁看过我的信息 — any logged-in account, about itself only. */
	@GetMapping("/api/v1/me/data-access")
	PageResult<DataAccessRecord> myDataAccess(@AuthenticationPrincipal LinliPrincipal me,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return trail.accessesTo(me.accountId(), Paging.of(page, size));
	}

}
