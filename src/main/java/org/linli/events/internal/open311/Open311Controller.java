package org.linli.events.internal.open311;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.linli.events.EventsPermissions;
import org.linli.events.internal.Actors;
import org.linli.events.internal.Categories;
import org.linli.events.internal.Category;
import org.linli.events.internal.EventIntake;
import org.linli.events.internal.Report;
import org.linli.shared.DomainException;
import org.linli.shared.Jurisdiction;
import org.linli.shared.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * GeoReport v2 (http://wiki.open311.org/GeoReport_v2). Every path ends in {@code .json}
 * or {@code .xml}; refusals come as the spec's error list in the same format.
 */
@Controller
@RequestMapping("/open311/v2")
class Open311Controller {

	private static final String FORMAT = ".{format:json|xml}";

	private final Categories categories;

	private final EventIntake intake;

	private final Open311Requests requests;

	private final Open311Format out;

	private final MessageSource messages;

	private final Clock clock;

	Open311Controller(Categories categories, EventIntake intake, Open311Requests requests, Open311Format out,
			MessageSource messages, Clock clock) {
		this.categories = categories;
		this.intake = intake;
		this.requests = requests;
		this.out = out;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/discovery" + FORMAT)
	ResponseEntity<String> discovery(@PathVariable String format, Locale locale) {
		Map<String, Object> endpoint = new LinkedHashMap<>();
		endpoint.put("specification", "http://wiki.open311.org/GeoReport_v2");
		endpoint.put("url", base() + "/open311/v2");
		endpoint.put("changeset", Open311Services.CHANGESET);
		endpoint.put("type", "production");
		endpoint.put("formats", List.of("text/xml", "application/json"));
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("changeset", Open311Services.CHANGESET);
		d.put("contact", messages.getMessage("open311.contact", null, locale));
		d.put("key_service", messages.getMessage("open311.keyService", null, locale));
		d.put("endpoints", List.of(endpoint));
		return out.write(HttpStatus.OK, format, "discovery", null, d);
	}

	@GetMapping("/services" + FORMAT)
	ResponseEntity<String> services(@PathVariable String format, Locale locale) {
		return out.write(HttpStatus.OK, format, "services", "service", Open311Services.list(categories, locale));
	}

	@GetMapping("/services/{code}" + FORMAT)
	ResponseEntity<String> service(@PathVariable String code, @PathVariable String format) {
		Category category = categories.find(code)
			.filter(Category::enabled)
			.orElseThrow(() -> new Open311Error(HttpStatus.NOT_FOUND, "error.open311.service", code));
		Map<String, Object> definition = new LinkedHashMap<>();
		definition.put("service_code", category.code());
		definition.put("attributes", List.of());
		return out.write(HttpStatus.OK, format, "service_definition", null, definition);
	}

	@GetMapping("/requests" + FORMAT)
	ResponseEntity<String> list(@PathVariable String format,
			@RequestParam(name = "service_request_id", required = false) String ids,
			@RequestParam(name = "service_code", required = false) String codes,
			@RequestParam(required = false) String status,
			@RequestParam(name = "start_date", required = false) String start,
			@RequestParam(name = "end_date", required = false) String end, @RequestParam(required = false) Integer page,
			@RequestParam(name = "page_size", required = false) Integer size, @Nullable Jurisdiction j,
			@Nullable Authentication auth, HttpServletRequest request, Locale locale) {
		Caller caller = caller(j, auth, request);
		var filter = RequestFilter.of(ids, codes, status, start, end, page, size, clock.instant(), clock.getZone());
		return out.write(HttpStatus.OK, format, "service_requests", "request",
				requests.search(caller, filter, base(), clock.getZone(), locale));
	}

	@GetMapping("/requests/{id:\\d+}" + FORMAT)
	ResponseEntity<String> one(@PathVariable long id, @PathVariable String format, @Nullable Jurisdiction j,
			@Nullable Authentication auth, HttpServletRequest request, Locale locale) {
		var found = requests.one(caller(j, auth, request), id, base(), clock.getZone(), locale)
			.orElseThrow(() -> new Open311Error(HttpStatus.NOT_FOUND, "error.open311.request", id));
		return out.write(HttpStatus.OK, format, "service_requests", "request", List.of(found));
	}

	/**
	 * A new request. {@code address_id} is our house id; {@code request_id} (or
	 * {@code external_id}) makes a retry return the first request and is the token
	 * {@code tokens/{token}} maps back; {@code media_url} is not fetched (photos are
	 * uploaded to {@code /api/v1/events/{id}/photos}).
	 */
	@PostMapping("/requests" + FORMAT)
	ResponseEntity<String> create(@PathVariable String format,
			@RequestParam(name = "service_code", required = false) String code,
			@RequestParam(name = "lat", required = false) BigDecimal lat,
			@RequestParam(name = "long", required = false) BigDecimal lng,
			@RequestParam(name = "address_string", required = false) String address,
			@RequestParam(name = "address_id", required = false) Long houseId,
			@RequestParam(required = false) String description,
			@RequestParam(name = "request_id", required = false) String requestId,
			@RequestParam(name = "external_id", required = false) String externalId, @Nullable Jurisdiction j,
			@Nullable Authentication auth, HttpServletRequest request, Locale locale) {
		caller(j, auth, request);
		if (j == null || !has(auth, EventsPermissions.REPORT)) {
			throw new Open311Error(HttpStatus.FORBIDDEN, "error.open311.forbidden");
		}
		if (code == null || code.isBlank()) {
			throw new Open311Error(HttpStatus.BAD_REQUEST, "error.open311.param", "service_code");
		}
		String token = requestId != null ? requestId : externalId;
		boolean located = (lat != null && lng != null) || houseId != null || (address != null && !address.isBlank());
		if (!located) {
			throw new Open311Error(HttpStatus.BAD_REQUEST, "error.open311.location");
		}
		var taken = intake.report(Actors.of(j, auth),
				new Report(code.trim(), description, houseId, null, lat, lng, address, token));
		Map<String, Object> r = new LinkedHashMap<>();
		r.put("service_request_id", String.valueOf(taken.id()));
		r.put("token", token);
		r.put("service_notice", messages.getMessage("open311.notice", null, locale));
		return out.write(taken.created() ? HttpStatus.CREATED : HttpStatus.OK, format, "service_requests", "request",
				List.of(r));
	}

	@GetMapping("/tokens/{token}" + FORMAT)
	ResponseEntity<String> token(@PathVariable String token, @PathVariable String format, @Nullable Jurisdiction j,
			@Nullable Authentication auth, HttpServletRequest request) {
		Caller caller = caller(j, auth, request);
		long id = requests.byToken(caller.accountId(), token)
			.orElseThrow(() -> new Open311Error(HttpStatus.NOT_FOUND, "error.open311.token", token));
		Map<String, Object> r = new LinkedHashMap<>();
		r.put("service_request_id", String.valueOf(id));
		r.put("token", token);
		return out.write(HttpStatus.OK, format, "service_requests", "request", List.of(r));
	}

	/** A key that names no live token is refused outright, not treated as anonymous. */
	private static Caller caller(Jurisdiction j, Authentication auth, HttpServletRequest request) {
		if (j == null) {
			if (request.getParameter("api_key") != null) {
				throw new Open311Error(HttpStatus.FORBIDDEN, "error.open311.apiKey");
			}
			return Caller.anonymous();
		}
		return new Caller(j.accountId(), has(auth, EventsPermissions.READ), j);
	}

	private static boolean has(Authentication auth, String permission) {
		return auth != null && auth.getAuthorities().stream().anyMatch(a -> permission.equals(a.getAuthority()));
	}

	private static String base() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
	}

	@ExceptionHandler(Open311Error.class)
	ResponseEntity<String> refused(Open311Error ex, HttpServletRequest request, Locale locale) {
		return error(ex.status, messages.getMessage(ex.messageKey, ex.arguments, locale), request);
	}

	@ExceptionHandler(DomainException.class)
	ResponseEntity<String> refused(DomainException ex, HttpServletRequest request, Locale locale) {
		HttpStatus status = ex instanceof NotFoundException ? HttpStatus.NOT_FOUND
				: ex instanceof org.linli.shared.ConflictException ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
		String text = messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale);
		String field = ex.field() == null ? ""
				: messages.getMessage("field." + ex.field(), null, ex.field(), locale) + ": ";
		return error(status, field + text, request);
	}

	private ResponseEntity<String> error(HttpStatus status, String description, HttpServletRequest request) {
		Map<String, Object> e = new LinkedHashMap<>();
		e.put("code", status.value());
		e.put("description", description);
		String format = request.getRequestURI().endsWith(".xml") ? "xml" : "json";
		return out.write(status, format, "errors", "error", List.of(e));
	}

}
