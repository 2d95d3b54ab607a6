package org.linli.identity.internal;

import java.util.Collection;
import java.util.List;

import org.linli.identity.Role;
import org.linli.shared.Jurisdiction;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in account: its role, its permissions as authorities ("region.write", plus
 * "ROLE_COMMUNITY_WORKER"), and its jurisdiction. Serializable, because sessions live in
 * the database.
 */
public final class LinliPrincipal implements UserDetails, CredentialsContainer {

	private static final long serialVersionUID = 1L;

	private final long accountId;

	private final String username;

	private final String displayName;

	private final Role role;

	private final Jurisdiction jurisdiction;

	private final List<String> permissions;

	private final boolean locked;

	private final boolean enabled;

	private String passwordHash;

	LinliPrincipal(Account account, List<String> permissions, boolean locked) {
		this.accountId = account.id();
		this.username = account.username();
		this.displayName = account.displayName();
		this.role = account.role();
		this.jurisdiction = account.jurisdiction();
		this.permissions = List.copyOf(permissions);
		this.passwordHash = account.passwordHash();
		this.locked = locked;
		this.enabled = account.enabled();
	}

	public long accountId() {
		return accountId;
	}

	public String displayName() {
		return displayName;
	}

	public Role role() {
		return role;
	}

	public Jurisdiction jurisdiction() {
		return jurisdiction;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		var authorities = new java.util.ArrayList<GrantedAuthority>();
		authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
		permissions.forEach(p -> authorities.add(new SimpleGrantedAuthority(p)));
		return authorities;
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

}
