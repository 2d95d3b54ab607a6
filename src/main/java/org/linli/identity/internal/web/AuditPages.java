package org.linli.identity.internal.web;

import java.time.LocalDate;

import org.linli.identity.internal.AuditFilter;
import org.linli.identity.internal.AuditTrail;
import org.linli.shared.Paging;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 审计日志 page of the audit administrator. */
@Controller
@RequestMapping("/admin/audit")
class AuditPages {

	private final AuditTrail trail;

	AuditPages(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('audit.read')")
	String entries(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String outcome,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Integer page, Model model) {
		AuditFilter filter = new AuditFilter(actor, action, outcome, from, to);
		model.addAttribute("filter", filter);
		model.addAttribute("result", trail.search(filter, Paging.of(page, 50)));
		return "identity/audit";
	}

	/** The verification result, as a fragment for htmx. */
	@GetMapping("/verify")
	@PreAuthorize("hasAuthority('audit.verify')")
	String verify(Model model) {
		model.addAttribute("verification", trail.verify());
		return "identity/audit :: verification";
	}

}
