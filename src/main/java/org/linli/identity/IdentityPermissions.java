package org.linli.identity;

/**
 * Permission catalogue of the identity module (granted to roles in
 * {@code identity_role_permission}).
 */
public final class IdentityPermissions {

	/** View accounts (系统管理员). */
	public static final String ACCOUNT_READ = "account.read";

	/** Create, change, lock and unlock accounts (系统管理员). */
	public static final String ACCOUNT_WRITE = "account.write";

	/** View the security policy (安全管理员). */
	public static final String POLICY_READ = "policy.read";

	/** Change the security policy (安全管理员). */
	public static final String POLICY_WRITE = "policy.write";

	/** Read the audit log (审计管理员). */
	public static final String AUDIT_READ = "audit.read";

	/** Verify the audit chain (审计管理员). */
	public static final String AUDIT_VERIFY = "audit.verify";

	private IdentityPermissions() {
	}

}
