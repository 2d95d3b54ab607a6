/**
 * Identity — who may do what, where. Owns accounts and their roles (resident, grid
 * worker, ten-household head, community/street/district staff, department handler,
 * merchant, leader, and the three separate administrators 三员), the permission catalogue,
 * each account's {@link org.linli.shared.Jurisdiction} down the region tree, the login
 * policy (password rules, lockout, idle timeout), personal API tokens, and the
 * append-only hash-chained audit log with "who read my data". Every other module asks it
 * for the caller's jurisdiction and records sensitive reads through
 * {@link org.linli.identity.AuditLog}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity and data scope",
		allowedDependencies = { "shared", "region", "dictionary" })
package org.linli.identity;
