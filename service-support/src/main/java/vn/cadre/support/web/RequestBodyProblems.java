package vn.cadre.support.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.cadre.support.text.AsGiven;
import vn.cadre.support.text.Languages;
import vn.cadre.support.text.Wording;

/**
 * A request body refused, in both services alike: each faulty field named with what is
 * wrong with it, in the language the request accepts (both when it names neither). It
 * comes before the services' own advice and Spring's problem handler, whose answers name
 * no field.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class RequestBodyProblems {

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail invalid(MethodArgumentNotValidException ex, HttpServletRequest request) {
		ProblemDetail problem = ProblemResponses.of(HttpStatus.BAD_REQUEST.value(),
				ProblemResponses.text("body.invalid"), request);
		problem.setProperty("errors",
				ex.getBindingResult()
					.getFieldErrors()
					.stream()
					.map(error -> Map.of("field", error.getField(), "message", Languages.say(reason(error), request)))
					.toList());
		return problem;
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
		if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
			String field = mapping.getPath()
				.stream()
				.map(step -> (step.getFieldName() != null) ? step.getFieldName() : "[" + step.getIndex() + "]")
				.collect(Collectors.joining("."))
				.replace(".[", "[");
			Wording reason = FieldReasons.of(mapping);
			ProblemDetail problem = ProblemResponses.of(HttpStatus.BAD_REQUEST.value(),
					ProblemResponses.text("body.unreadable-field", field, reason), request);
			problem.setProperty("errors", List.of(Map.of("field", field, "message", Languages.say(reason, request))));
			return problem;
		}
		Throwable cause = ex.getMostSpecificCause();
		String said = (cause instanceof JsonMappingException mapping) ? mapping.getOriginalMessage()
				: cause.getMessage();
		return ProblemResponses.of(HttpStatus.BAD_REQUEST.value(),
				ProblemResponses.text("body.unreadable", FieldReasons.firstLine(said)), request);
	}

	private static Wording reason(FieldError error) {
		if (error.contains(ConstraintViolation.class)) {
			return FieldReasons.of(error.unwrap(ConstraintViolation.class));
		}
		return new AsGiven(String.valueOf(error.getDefaultMessage()));
	}

}
