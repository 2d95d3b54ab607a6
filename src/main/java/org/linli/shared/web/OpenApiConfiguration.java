package org.linli.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The published API contract at /v3/api-docs: personal tokens as Bearer, or the page
 * session plus CSRF header.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI linliOpenApi() {
		return new OpenAPI().info(new Info().title("Linli 邻里 API")
			.version("v1")
			.description("Smart-community grid governance. Errors are application/problem+json with a localised "
					+ "`detail` (Accept-Language: zh-CN default, en) and the offending `field`. Objects outside the "
					+ "caller's jurisdiction answer 404.")
			.license(new License().name("Apache-2.0")))
			.components(new Components()
				.addSecuritySchemes("token",
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("bearer")
							.description("Personal API token (lk_…) issued at /me/tokens"))
				.addSecuritySchemes("session",
						new SecurityScheme().type(SecurityScheme.Type.APIKEY)
							.in(SecurityScheme.In.COOKIE)
							.name("SESSION")
							.description("Page session; writes also need the X-CSRF-TOKEN header from GET /api/v1/me")))
			.addSecurityItem(new SecurityRequirement().addList("token"))
			.addSecurityItem(new SecurityRequirement().addList("session"));
	}

}
