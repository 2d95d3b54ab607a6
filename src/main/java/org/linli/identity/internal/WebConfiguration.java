package org.linli.identity.internal;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.linli.identity.AuditLog;
import org.linli.shared.Jurisdiction;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives every controller the caller's {@link Jurisdiction} as a parameter, and audits
 * every write (any non-GET request a controller handled) with its outcome.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final AuditLog audit;

	WebConfiguration(AuditLog audit) {
		this.audit = audit;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new JurisdictionResolver());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new WriteAudit(audit));
	}

	/** The current caller's jurisdiction. */
	static Jurisdiction currentJurisdiction() {
		var auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof LinliPrincipal principal) {
			return principal.jurisdiction();
		}
		throw new AuthenticationCredentialsNotFoundException("no caller");
	}

	private static final class JurisdictionResolver implements HandlerMethodArgumentResolver {

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return parameter.getParameterType() == Jurisdiction.class;
		}

		@Override
		public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
				WebDataBinderFactory binders) {
			// A @Nullable parameter (public endpoints such as Open311) gets null for an
			// anonymous caller.
			var auth = SecurityContextHolder.getContext().getAuthentication();
			if (parameter.isOptional() && (auth == null || !(auth.getPrincipal() instanceof LinliPrincipal))) {
				return null;
			}
			return currentJurisdiction();
		}

	}

	private record WriteAudit(AuditLog audit) implements HandlerInterceptor {

		@Override
		public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
				Exception ex) {
			if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())
					|| "OPTIONS".equals(request.getMethod()) || !(handler instanceof HandlerMethod method)) {
				return;
			}
			int status = response.getStatus();
			String outcome = ex == null && status < 400 ? "SUCCESS" : (status == 403 ? "DENIED" : "FAILURE");
			String action = method.getBeanType().getSimpleName() + "." + method.getMethod().getName();
			audit.record(action, request.getMethod() + " " + request.getRequestURI(), outcome, "status " + status);
		}

	}

}
