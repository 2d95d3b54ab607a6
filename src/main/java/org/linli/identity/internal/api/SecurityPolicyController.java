package org.linli.identity.internal.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.linli.identity.internal.LinliPrincipal;
import org.linli.identity.internal.PolicyAdministration;
import org.linli.identity.internal.PolicyAdministration.Settings;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The security policy (安全管理员). */
@RestController
@RequestMapping("/api/v1/security-policy")
class SecurityPolicyController {

	private final PolicyAdministration policies;

	SecurityPolicyController(PolicyAdministration policies) {
		this.policies = policies;
	}

	record Revision(@NotNull Integer minPasswordLength, @NotNull Integer minCharacterClasses,
			@NotNull Integer maxFailedAttempts, @NotNull Integer lockoutMinutes, @NotNull Integer idleTimeoutMinutes,
			@NotNull Integer version) {
	}

	@GetMapping
	@PreAuthorize("hasAuthority('policy.read')")
	Settings current() {
		return policies.current();
	}

	@PutMapping
	@PreAuthorize("hasAuthority('policy.write')")
	Settings revise(@AuthenticationPrincipal LinliPrincipal admin, @Valid @RequestBody Revision request) {
		return policies.revise(
				new Settings(request.minPasswordLength(), request.minCharacterClasses(), request.maxFailedAttempts(),
						request.lockoutMinutes(), request.idleTimeoutMinutes(), request.version()),
				admin.getUsername());
	}

}
