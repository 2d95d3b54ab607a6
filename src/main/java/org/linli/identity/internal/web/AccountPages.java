package org.linli.identity.internal.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.linli.dictionary.Dictionaries;
import org.linli.identity.Role;
import org.linli.identity.internal.AccountAdministration;
import org.linli.identity.internal.AccountChange;
import org.linli.identity.internal.AccountCriteria;
import org.linli.identity.internal.AccountDraft;
import org.linli.identity.internal.AccountView;
import org.linli.identity.internal.LinliPrincipal;
import org.linli.shared.DomainException;
import org.linli.shared.Paging;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 账号管理 pages of the system administrator. */
@Controller
@RequestMapping("/admin/accounts")
class AccountPages {

	private final AccountAdministration administration;

	private final Dictionaries dictionaries;

	private final MessageSource messages;

	AccountPages(AccountAdministration administration, Dictionaries dictionaries, MessageSource messages) {
		this.administration = administration;
		this.dictionaries = dictionaries;
		this.messages = messages;
	}

	/** The create and edit form. */
	record AccountForm(String username, String displayName, Role role, Long regionId, String departmentCode,
			String password, Integer version) {
	}

	private void choices(Model model) {
		model.addAttribute("roles", Role.values());
		model.addAttribute("departments", dictionaries.entries("department"));
	}

	@GetMapping
	@PreAuthorize("hasAuthority('account.read')")
	String list(@AuthenticationPrincipal LinliPrincipal admin, @RequestParam(required = false) String q,
			@RequestParam(required = false) Role role, @RequestParam(required = false) Long regionId,
			@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("result",
				administration.search(admin, new AccountCriteria(q, role, regionId), Paging.of(page, 20)));
		model.addAttribute("q", q);
		model.addAttribute("role", role);
		model.addAttribute("regionId", regionId);
		choices(model);
		return "identity/accounts";
	}

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('account.write')")
	String createForm(@AuthenticationPrincipal LinliPrincipal admin, Model model) {
		var region = admin.jurisdiction().region();
		model.addAttribute("form",
				new AccountForm(null, null, null, region == null ? null : region.nodeId(), null, null, null));
		choices(model);
		return "identity/account-form";
	}

	@PostMapping
	@PreAuthorize("hasAuthority('account.write')")
	String create(@AuthenticationPrincipal LinliPrincipal admin, AccountForm form, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			AccountView created = administration.create(admin, new AccountDraft(form.username(), form.displayName(),
					form.role(), form.regionId(), form.departmentCode(), form.password()));
			redirect.addFlashAttribute("saved", true);
			return "redirect:/admin/accounts/" + created.id();
		}
		catch (DomainException ex) {
			FormErrors.show(ex, model, messages, locale, response);
			model.addAttribute("form", form);
			choices(model);
			return "identity/account-form";
		}
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('account.read')")
	String edit(@AuthenticationPrincipal LinliPrincipal admin, @PathVariable long id, Model model) {
		AccountView account = administration.view(admin, id);
		model.addAttribute("account", account);
		model.addAttribute("form", new AccountForm(account.username(), account.displayName(), account.role(),
				account.regionId(), account.departmentCode(), null, account.version()));
		choices(model);
		return "identity/account-form";
	}

	@PostMapping("/{id}")
	@PreAuthorize("hasAuthority('account.write')")
	String change(@AuthenticationPrincipal LinliPrincipal admin, @PathVariable long id, AccountForm form, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			administration.change(admin, id, new AccountChange(form.displayName(), form.role(), form.regionId(),
					form.departmentCode(), form.version() == null ? -1 : form.version()));
			redirect.addFlashAttribute("saved", true);
			return "redirect:/admin/accounts/" + id;
		}
		catch (DomainException ex) {
			FormErrors.show(ex, model, messages, locale, response);
			model.addAttribute("account", administration.view(admin, id));
			model.addAttribute("form", form);
			choices(model);
			return "identity/account-form";
		}
	}

	@PostMapping("/{id}/{action:disable|enable|unlock}")
	@PreAuthorize("hasAuthority('account.write')")
	String act(@AuthenticationPrincipal LinliPrincipal admin, @PathVariable long id, @PathVariable String action,
			Locale locale, RedirectAttributes redirect) {
		try {
			switch (action) {
				case "disable" -> administration.disable(admin, id);
				case "enable" -> administration.enable(admin, id);
				default -> administration.unlock(admin, id);
			}
			redirect.addFlashAttribute("saved", true);
		}
		catch (DomainException ex) {
			if (ex instanceof org.linli.shared.NotFoundException) {
				throw ex;
			}
			redirect.addFlashAttribute("error", FormErrors.text(ex, messages, locale));
		}
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/{id}/reset-password")
	@PreAuthorize("hasAuthority('account.write')")
	String resetPassword(@AuthenticationPrincipal LinliPrincipal admin, @PathVariable long id,
			@RequestParam String password, Locale locale, RedirectAttributes redirect) {
		try {
			administration.resetPassword(admin, id, password);
			redirect.addFlashAttribute("saved", true);
		}
		catch (DomainException ex) {
			if (ex instanceof org.linli.shared.NotFoundException) {
				throw ex;
			}
			redirect.addFlashAttribute("error", FormErrors.text(ex, messages, locale));
		}
		return "redirect:/admin/accounts/" + id;
	}

}
