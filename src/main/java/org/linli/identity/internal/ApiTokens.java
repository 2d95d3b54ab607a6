package org.linli.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.linli.shared.InvalidInputException;
import org.linli.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens for integrations (a hotline system, a department's exchange job).
 * The secret is shown once at creation; only its SHA-256 is kept, so a database leak
 * yields no usable token.
 */
@Service
public class ApiTokens {

	static final String PREFIX = "lk_";

	/** How precisely "last used" is kept. */
	static final java.time.Duration LAST_USE_RESOLUTION = java.time.Duration.ofMinutes(5);

	/** A live token with its account, in one query. */
	private static final String LIVE_TOKEN = """
			select t.id as token_id, t.last_used_at, %s
			  from identity_api_token t join identity_account a on a.id = t.account_id
			 where t.token_hash = :hash and t.revoked_at is null and (t.expires_at is null or t.expires_at > :now)"""
		.formatted(AccountRepository.COLUMNS.replaceAll("(^|, )", "$1a."));

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	ApiTokens(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A token and, once only, its secret. */
	public record IssuedToken(long id, String name, String secret, Instant expiresAt) {
	}

	/** A token as its owner sees it later: never the secret. */
	public record TokenView(long id, String name, String prefix, Instant createdAt, Instant expiresAt,
			Instant lastUsedAt, Instant revokedAt) {
	}

	@Transactional
	public IssuedToken issue(long accountId, String name, Integer validDays) {
		if (name == null || name.isBlank() || name.length() > 60) {
			throw new InvalidInputException("error.token.name", "name");
		}
		if (validDays != null && (validDays < 1 || validDays > 366)) {
			throw new InvalidInputException("error.token.validDays", "validDays");
		}
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant expires = validDays == null ? null : clock.instant().plusSeconds(validDays * 86400L);
		long id = jdbc.sql("""
				insert into identity_api_token (account_id, name, token_hash, token_prefix, expires_at)
				values (:account, :name, :hash, :prefix, :expires) returning id""")
			.param("account", accountId)
			.param("name", name.trim())
			.param("hash", sha256(secret))
			.param("prefix", secret.substring(0, 10))
			.param("expires", expires == null ? null : Timestamp.from(expires))
			.query(Long.class)
			.single();
		return new IssuedToken(id, name.trim(), secret, expires);
	}

	public List<TokenView> of(long accountId) {
		return jdbc.sql("""
				select id, name, token_prefix, created_at, expires_at, last_used_at, revoked_at
				  from identity_api_token where account_id = :account order by id desc""")
			.param("account", accountId)
			.query((rs, n) -> new TokenView(rs.getLong(1), rs.getString(2), rs.getString(3),
					instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)),
					instant(rs.getTimestamp(7))))
			.list();
	}

	/** Revokes one of the caller's own tokens; another account's token is "not found". */
	@Transactional
	public void revoke(long accountId, long tokenId) {
		int n = jdbc.sql(
				"update identity_api_token set revoked_at = coalesce(revoked_at, now()) where id = :id and account_id = :account")
			.param("id", tokenId)
			.param("account", accountId)
			.update();
		if (n == 0) {
			throw new NotFoundException("token", tokenId);
		}
	}

	/**
	 * The account behind a live token, if the secret is one. On the hot path of every
	 * token call, so it is one query and no transaction: the last-use time is written at
	 * most every {@link #LAST_USE_RESOLUTION}, not on every call, because each write is a
	 * synchronous commit.
	 */
	Optional<Account> authenticate(String secret) {
		if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		record Live(long tokenId, Instant lastUsedAt, Account account) {
		}
		Optional<Live> token = jdbc.sql(LIVE_TOKEN)
			.param("hash", sha256(secret))
			.param("now", Timestamp.from(now))
			.query((rs, n) -> new Live(rs.getLong("token_id"), instant(rs.getTimestamp("last_used_at")),
					AccountRepository.map(rs, n)))
			.optional();
		token.filter(t -> t.lastUsedAt() == null || t.lastUsedAt().isBefore(now.minus(LAST_USE_RESOLUTION)))
			.ifPresent(t -> jdbc.sql("update identity_api_token set last_used_at = :now where id = :id")
				.param("now", Timestamp.from(now))
				.param("id", t.tokenId())
				.update());
		return token.map(Live::account).filter(Account::enabled).filter(a -> !a.lockedAt(now));
	}

	private static Instant instant(Timestamp ts) {
		return ts == null ? null : ts.toInstant();
	}

	static String sha256(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
