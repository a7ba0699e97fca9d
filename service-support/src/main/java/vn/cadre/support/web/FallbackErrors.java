package vn.cadre.support.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;
import vn.cadre.support.text.AsGiven;
import vn.cadre.support.text.Languages;
import vn.cadre.support.text.Wording;

/**
 * What a service's own advice leaves: bad parameters as 400 naming each one, and anything
 * unexpected as a 500 that tells the client nothing of the internals and is logged. It is
 * the last advice asked (lowest precedence, and registered after the services' own), so
 * each service's mappings win; a service whose advice extends
 * {@code ResponseEntityExceptionHandler} (or with
 * {@code spring.mvc.problemdetails.enabled}) answers the MVC exceptions itself, and this
 * one then only sees constraint violations and the unexpected.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class FallbackErrors {

	private static final Logger log = LoggerFactory.getLogger(FallbackErrors.class);

	@ExceptionHandler(ConstraintViolationException.class)
	ProblemDetail constraintViolated(ConstraintViolationException ex, HttpServletRequest request) {
		return invalid(ex.getConstraintViolations()
			.stream()
			.map((violation) -> error(lastNode(violation), FieldReasons.of(violation), request))
			.sorted((a, b) -> a.get("field").compareTo(b.get("field")))
			.toList(), request);
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ProblemDetail parametersInvalid(HandlerMethodValidationException ex, HttpServletRequest request) {
		return invalid(ex.getParameterValidationResults()
			.stream()
			.flatMap((result) -> result.getResolvableErrors()
				.stream()
				.map((error) -> error(String.valueOf(result.getMethodParameter().getParameterName()),
						reason(result, error), request)))
			.toList(), request);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail parameterMistyped(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		return invalid(List.of(error(ex.getName(), ProblemResponses.text("field.mistyped"), request)), request);
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ProblemDetail parameterMissing(MissingServletRequestParameterException ex, HttpServletRequest request) {
		return invalid(List.of(error(ex.getParameterName(), ProblemResponses.text("field.required"), request)),
				request);
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex, HttpServletRequest request) throws Exception {
		if (ex instanceof AccessDeniedException || ex instanceof AuthenticationException) {
			// Spring Security's filters turn these into 401 or 403
			throw ex;
		}
		if (ex instanceof ResponseStatusException status && status.getReason() != null) {
			// a reason is written for the client, in both languages
			return status.getBody();
		}
		if (ex instanceof ErrorResponse response) {
			// Spring's own details are English only and may echo the request
			return ProblemResponses.of(response.getStatusCode().value(), request);
		}
		ResponseStatus declared = AnnotatedElementUtils.findMergedAnnotation(ex.getClass(), ResponseStatus.class);
		if (declared != null) {
			return ProblemResponses.of(declared.code().value(), request);
		}
		log.error("Unexpected failure answered with 500", ex);
		return ProblemResponses.of(HttpStatus.INTERNAL_SERVER_ERROR.value(), request);
	}

	private static ProblemDetail invalid(List<Map<String, String>> errors, HttpServletRequest request) {
		ProblemDetail problem = ProblemResponses.of(HttpStatus.BAD_REQUEST.value(),
				ProblemResponses.text("body.invalid"), request);
		problem.setProperty("errors", errors);
		return problem;
	}

	private static Map<String, String> error(String field, Wording reason, HttpServletRequest request) {
		return Map.of("field", field, "message", Languages.say(reason, request));
	}

	private static Wording reason(ParameterValidationResult result, MessageSourceResolvable error) {
		try {
			return FieldReasons.of(result.unwrap(error, ConstraintViolation.class));
		}
		catch (IllegalArgumentException notAViolation) {
			return new AsGiven(String.valueOf(error.getDefaultMessage()));
		}
	}

	/** {@code verify.from} names the method too; the client knows the parameter only. */
	private static String lastNode(ConstraintViolation<?> violation) {
		String name = null;
		for (Path.Node node : violation.getPropertyPath()) {
			name = node.getName();
		}
		return String.valueOf(name);
	}

}
