package org.linli.identity.internal.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.linli.identity.internal.ApiTokens;
import org.linli.identity.internal.ApiTokens.IssuedToken;
import org.linli.identity.internal.ApiTokens.TokenView;
import org.linli.identity.internal.LinliPrincipal;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own personal API tokens. */
@RestController
@RequestMapping("/api/v1/me/tokens")
class TokenController {

	private final ApiTokens tokens;

	TokenController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	record NewToken(@NotBlank @Size(max = 60) String name, @Min(1) @Max(366) Integer validDays) {
	}

	@GetMapping
	List<TokenView> list(@AuthenticationPrincipal LinliPrincipal me) {
		return tokens.of(me.accountId());
	}

	/** The response carries the secret; it is never shown again. */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	IssuedToken issue(@AuthenticationPrincipal LinliPrincipal me, @Valid @RequestBody NewToken request) {
		return tokens.issue(me.accountId(), request.name(), request.validDays());
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(@AuthenticationPrincipal LinliPrincipal me, @PathVariable long id) {
		tokens.revoke(me.accountId(), id);
	}

}
