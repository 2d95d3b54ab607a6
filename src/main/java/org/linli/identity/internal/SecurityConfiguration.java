package org.linli.identity.internal;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Pages log in with a form and a session (stored in the database, so nodes are
 * stateless); the API accepts the same session (with a CSRF header) or a personal API
 * token as a Bearer header. API calls get 401/403 as problem JSON instead of a redirect
 * to the login page.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/**
	 * Machine clients: answered with 401/403 problem JSON, never redirected to the login
	 * page.
	 */
	static final RequestMatcher API = new OrRequestMatcher(new AntPathRequestMatcher("/api/**"),
			new AntPathRequestMatcher("/actuator/**"));

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ApiTokenFilter apiTokenFilter,
			ProblemAuthenticationEntryPoint problems, LoginSuccessHandler loginSuccess) throws Exception {
		http.authorizeHttpRequests(auth -> auth
			.requestMatchers("/login", "/register", "/error", "/webjars/**", "/css/**", "/js/**", "/img/**",
					"/favicon.ico", "/actuator/health/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
			.permitAll()
			// Open311 GeoReport v2: discovery and services are public, requests are
			// filtered by the caller (api_key or session) and refused in the spec's own
			// error format by the adapter, never redirected to the login page.
			.requestMatchers("/open311/**")
			.permitAll()
			.requestMatchers("/actuator/prometheus")
			.hasAuthority("metrics.read")
			.anyRequest()
			.authenticated());
		http.formLogin(form -> form.loginPage("/login").successHandler(loginSuccess).permitAll());
		http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").deleteCookies("SESSION"));
		http.addFilterBefore(apiTokenFilter, UsernamePasswordAuthenticationFilter.class);
		// Token-authenticated calls (Bearer, or Open311's api_key) act as the token's
		// account, not the cookie's, so CSRF cannot reach them.
		http.csrf(csrf -> csrf.ignoringRequestMatchers(ApiTokenFilter::hasBearerToken, ApiTokenFilter::hasApiKey));
		http.exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(problems, API)
			.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
					AnyRequestMatcher.INSTANCE)
			.defaultAccessDeniedHandlerFor(problems, API));
		http.headers(headers -> headers
			.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data: blob:; "
					+ "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; "
					+ "base-uri 'self'; form-action 'self'"))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.permissionsPolicyHeader(p -> p.policy("geolocation=(self), camera=(self), microphone=()")));
		return http.build();
	}

	/**
	 * The token filter runs inside the security chain only, not a second time as a
	 * servlet filter.
	 */
	@Bean
	FilterRegistrationBean<ApiTokenFilter> apiTokenFilterRegistration(ApiTokenFilter filter) {
		FilterRegistrationBean<ApiTokenFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt by default, with the {id} prefix so the encoder can be upgraded without
		// a reset.
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationEventPublisher authenticationEventPublisher(
			org.springframework.context.ApplicationEventPublisher publisher) {
		return new DefaultAuthenticationEventPublisher(publisher);
	}

}
