package org.linli.identity.internal;

import org.linli.identity.AuditLog;
import org.linli.identity.Role;
import org.linli.shared.InvalidInputException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 居民注册 — a resident signs up with a mobile number, which becomes the username. The
 * account holds no region and sees only its own records; matching it to a population
 * record by real name comes later.
 */
@Service
public class ResidentRegistration {

	private final AccountRepository accounts;

	private final SecurityPolicyRepository policies;

	private final PasswordEncoder passwords;

	private final AuditLog audit;

	ResidentRegistration(AccountRepository accounts, SecurityPolicyRepository policies, PasswordEncoder passwords,
			AuditLog audit) {
		this.accounts = accounts;
		this.policies = policies;
		this.passwords = passwords;
		this.audit = audit;
	}

	/**
	 * What the sign-up form asks.
	 *
	 * @param phone mainland mobile number
	 * @param displayName name shown in pages
	 * @param password password, checked by the security policy
	 * @param confirmPassword the same password again
	 */
	public record SignUp(String phone, String displayName, String password, String confirmPassword) {
	}

	/** Creates the resident's account and answers its username (the phone number). */
	@Transactional
	public String register(SignUp signUp) {
		String phone = AccountRules.mobile(signUp.phone(), "phone");
		String displayName = AccountRules.displayName(signUp.displayName());
		policies.current().checkPassword(signUp.password(), phone);
		if (!signUp.password().equals(signUp.confirmPassword())) {
			throw new InvalidInputException("error.register.confirm", "confirmPassword");
		}
		if (accounts.findByUsername(phone).isPresent()) {
			throw new InvalidInputException("error.register.taken", "phone");
		}
		long id;
		try {
			id = accounts.create(phone, displayName, Role.RESIDENT, new Placement(null, null, null),
					passwords.encode(signUp.password()));
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidInputException("error.register.taken", "phone");
		}
		audit.recordFor(phone, Role.RESIDENT.name(), "account.register", AccountAdministration.target(id), "SUCCESS",
				null);
		return phone;
	}

}
