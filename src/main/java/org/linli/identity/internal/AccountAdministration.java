package org.linli.identity.internal;

import java.time.Clock;
import java.util.Objects;

import org.linli.identity.AuditLog;
import org.linli.identity.Role;
import org.linli.shared.ConflictException;
import org.linli.shared.InvalidInputException;
import org.linli.shared.NotFoundException;
import org.linli.shared.PageResult;
import org.linli.shared.Paging;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 账号管理 — what the system administrator does to accounts, always inside its own region
 * subtree ({@link AccountScope}); an account outside it is "not found". It may create the
 * three administrators' accounts (someone must), but never change its own role nor
 * disable itself. Every change is audited against {@code account:<id>}, so the account's
 * owner sees it under "谁看过我的信息".
 */
@Service
public class AccountAdministration {

	private final AccountRepository accounts;

	private final AccountDirectory directory;

	private final AccountRules rules;

	private final SecurityPolicyRepository policies;

	private final PasswordEncoder passwords;

	private final AccountSessions sessions;

	private final AuditLog audit;

	private final Clock clock;

	AccountAdministration(AccountRepository accounts, AccountDirectory directory, AccountRules rules,
			SecurityPolicyRepository policies, PasswordEncoder passwords, AccountSessions sessions, AuditLog audit,
			Clock clock) {
		this.accounts = accounts;
		this.directory = directory;
		this.rules = rules;
		this.policies = policies;
		this.passwords = passwords;
		this.sessions = sessions;
		this.audit = audit;
		this.clock = clock;
	}

	public PageResult<AccountView> search(LinliPrincipal admin, AccountCriteria criteria, Paging paging) {
		return directory.search(AccountScope.of(admin), criteria, paging);
	}

	/** One account; the read of someone's account is audited. */
	public AccountView view(LinliPrincipal admin, long id) {
		AccountView view = find(admin, id);
		audit.record("account.view", target(id), "SUCCESS", null);
		return view;
	}

	@Transactional
	public AccountView create(LinliPrincipal admin, AccountDraft draft) {
		AccountScope scope = AccountScope.of(admin);
		Role role = AccountRules.role(draft.role());
		String username = rules.username(draft.username(), role);
		String displayName = AccountRules.displayName(draft.displayName());
		Placement placement = rules.place(role, draft.regionId(), draft.departmentCode(), scope);
		if (!scope.covers(placement.regionPath())) {
			// A region-less account would be out of this administrator's own reach.
			throw new InvalidInputException("error.account.regionRequired", "regionId");
		}
		policies.current().checkPassword(draft.password(), username);
		if (accounts.findByUsername(username).isPresent()) {
			throw usernameTaken();
		}
		long id;
		try {
			id = accounts.create(username, displayName, role, placement, passwords.encode(draft.password()));
		}
		catch (DuplicateKeyException ex) {
			throw usernameTaken();
		}
		audit.record("account.create", target(id), "SUCCESS", "role " + role);
		return find(admin, id);
	}

	@Transactional
	public AccountView change(LinliPrincipal admin, long id, AccountChange change) {
		AccountView current = find(admin, id);
		Role role = AccountRules.role(change.role());
		if (id == admin.accountId() && role != current.role()) {
			throw new InvalidInputException("error.account.ownRole", "role");
		}
		String displayName = AccountRules.displayName(change.displayName());
		Placement placement = rules.place(role, change.regionId(), change.departmentCode(), AccountScope.of(admin));
		if (!AccountScope.of(admin).covers(placement.regionPath())) {
			throw new InvalidInputException("error.account.regionRequired", "regionId");
		}
		if (!accounts.change(id, displayName, role, placement, change.version())) {
			throw ConflictException.staleVersion("account", id);
		}
		boolean scopeChanged = role != current.role() || !Objects.equals(placement.regionId(), current.regionId())
				|| !Objects.equals(placement.departmentCode(), current.departmentCode());
		if (scopeChanged && id != admin.accountId()) {
			sessions.endAll(current.username());
		}
		audit.record("account.change", target(id), "SUCCESS", "role " + role);
		return find(admin, id);
	}

	@Transactional
	public AccountView disable(LinliPrincipal admin, long id) {
		AccountView current = find(admin, id);
		if (id == admin.accountId()) {
			throw new ConflictException("error.account.disableSelf");
		}
		accounts.setEnabled(id, false);
		sessions.endAll(current.username());
		audit.record("account.disable", target(id), "SUCCESS", null);
		return find(admin, id);
	}

	@Transactional
	public AccountView enable(LinliPrincipal admin, long id) {
		find(admin, id);
		accounts.setEnabled(id, true);
		audit.record("account.enable", target(id), "SUCCESS", null);
		return find(admin, id);
	}

	@Transactional
	public AccountView unlock(LinliPrincipal admin, long id) {
		find(admin, id);
		accounts.unlock(id);
		audit.record("account.unlock", target(id), "SUCCESS", null);
		return find(admin, id);
	}

	/** Sets a new password chosen by the administrator (checked by the policy). */
	@Transactional
	public AccountView resetPassword(LinliPrincipal admin, long id, String password) {
		AccountView current = find(admin, id);
		policies.current().checkPassword(password, current.username());
		accounts.changePassword(id, passwords.encode(password), clock.instant());
		if (id != admin.accountId()) {
			sessions.endAll(current.username());
		}
		audit.record("account.reset-password", target(id), "SUCCESS", null);
		return find(admin, id);
	}

	private AccountView find(LinliPrincipal admin, long id) {
		return directory.find(AccountScope.of(admin), id).orElseThrow(() -> new NotFoundException("account", id));
	}

	private static InvalidInputException usernameTaken() {
		return new InvalidInputException("error.account.usernameTaken", "username");
	}

	static String target(long id) {
		return "account:" + id;
	}

}
