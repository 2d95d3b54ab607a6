package org.linli.shared.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.linli.shared.ConflictException;
import org.linli.shared.DomainException;
import org.linli.shared.InvalidInputException;
import org.linli.shared.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Turns refusals from REST controllers into {@code application/problem+json} with a
 * message in the caller's language (Accept-Language) that names the field at fault.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, ex);
	}

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalid(InvalidInputException ex) {
		return problem(HttpStatus.BAD_REQUEST, ex);
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException ex) {
		return problem(HttpStatus.CONFLICT, ex);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail stale(OptimisticLockingFailureException ex) {
		return problem(HttpStatus.CONFLICT, "error.staleVersion", null);
	}

	@ExceptionHandler(DuplicateKeyException.class)
	ProblemDetail duplicate(DuplicateKeyException ex) {
		return problem(HttpStatus.CONFLICT, "error.duplicate", null);
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ProblemDetail tooLarge(MaxUploadSizeExceededException ex) {
		return problem(HttpStatus.PAYLOAD_TOO_LARGE, "error.upload.tooLarge", "file");
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		return problem(HttpStatus.BAD_REQUEST, "error.field.invalid", ex.getName(), ex.getName());
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		return problem(HttpStatus.BAD_REQUEST, "error.body.unreadable", null);
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail beanValidation(MethodArgumentNotValidException ex) {
		FieldError first = ex.getBindingResult().getFieldError();
		String field = first != null ? first.getField() : null;
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		problem.setTitle(text("error.validation", null));
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			errors.putIfAbsent(error.getField(), text("field." + error.getField(), error.getField()) + ": "
					+ messages.getMessage(error, LocaleContextHolder.getLocale()));
		}
		problem.setDetail(String.join("; ", errors.values()));
		problem.setProperty("field", field);
		problem.setProperty("errors", errors);
		problem.setType(URI.create("urn:linli:problem:error.validation"));
		return problem;
	}

	private ProblemDetail problem(HttpStatus status, DomainException ex) {
		ProblemDetail problem = problem(status, ex.messageKey(), ex.field(), ex.arguments());
		return problem;
	}

	private ProblemDetail problem(HttpStatus status, String key, String field, Object... args) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		String detail = messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
		if (field != null) {
			detail = text("field." + field, field) + ": " + detail;
			problem.setProperty("field", field);
		}
		problem.setTitle(text("error.title." + status.value(), status.getReasonPhrase()));
		problem.setDetail(detail);
		problem.setType(URI.create("urn:linli:problem:" + key));
		return problem;
	}

	private String text(String key, String fallback) {
		return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
	}

}
