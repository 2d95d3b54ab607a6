package org.linli.identity.internal.api;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.linli.identity.Role;
import org.linli.identity.internal.AccountAdministration;
import org.linli.identity.internal.AccountChange;
import org.linli.identity.internal.AccountCriteria;
import org.linli.identity.internal.AccountDraft;
import org.linli.identity.internal.AccountView;
import org.linli.identity.internal.LinliPrincipal;
import org.linli.shared.PageResult;
import org.linli.shared.Paging;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accounts (系统管理员): only those in the administrator's own region subtree exist for it.
 */
@RestController
@RequestMapping("/api/v1/accounts")
class AccountController {

	private final AccountAdministration administration;

	AccountController(AccountAdministration administration) {
		this.administration = administration;
	}

	record NewAccount(String username, String displayName, Role role, Long regionId, String departmentCode,
			String password) {
	}

	record Edit(String displayName, Role role, Long regionId, String departmentCode, @NotNull Integer version) {
	}

	record NewPassword(String password) {
	}

	@GetMapping
	@PreAuthorize("hasAuthority('account.read')")
	PageResult<AccountView> list(@AuthenticationPrincipal LinliPrincipal admin,
			@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
			@RequestParam(required = false) Long regionId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return administration.search(admin, new AccountCriteria(q, role, regionId), Paging.of(page, size));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('account.read')")
	AccountView one(@AuthenticationPrincipal LinliPrincipal admin, @PathVariable long id) {
		return administration.view(admin, id);
	}

	@PostMapping
	@PreAuthorize("hasAuthority('account.write')")
	ResponseEntity<AccountView> create(@AuthenticationPrincipal LinliPrincipal admin, @RequestBody NewAccount request) {
		AccountView created = administration.create(admin, new AccountDraft(request.username(), request.displayName(),
				request.role(), request.regionId(), request.departmentCode(), request.password()));
		return ResponseEntity.created(URI.create("/api/v1/accounts/" + created.id())).body(created);
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAuthority('account.write')")
	AccountView change(@AuthenticationPrincipal LinliPrincipal admin, @PathVariable long id,
			@Valid @RequestBody Edit request) {
		return administration.change(admin, id, new AccountChange(request.displayName(), request.role(),
				request.regionId(), request.departmentCode(), request.version()));
	}

	@PostMapping("/{id}/disable")
	@PreAuthorize("hasAuthority('account.write')")
	AccountView disable(@AuthenticationPrincipal LinliPrincipal admin, @PathVariable long id) {
		return administration.disable(admin, id);
	}

	@PostMapping("/{id}/enable")
	@PreAuthorize("hasAuthority('account.write')")
	AccountView enable(@AuthenticationPrincipal LinliPrincipal admin, @PathVariable long id) {
		return administration.enable(admin, id);
	}

	@PostMapping("/{id}/unlock")
	@PreAuthorize("hasAuthority('account.write')")
	AccountView unlock(@AuthenticationPrincipal LinliPrincipal admin, @PathVariable long id) {
		return administration.unlock(admin, id);
	}

	@PostMapping("/{id}/reset-password")
	@PreAuthorize("hasAuthority('account.write')")
	AccountView resetPassword(@AuthenticationPrincipal LinliPrincipal admin, @PathVariable long id,
			@RequestBody NewPassword request) {
		return administration.resetPassword(admin, id, request.password());
	}

}
