package vn.cadre.support.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonMappingException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A request body refused, in both services alike: each faulty field named with what is
 * wrong with it, in Vietnamese and English. It comes before the services' own advice and
 * Spring's problem handler, whose answers name no field.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class RequestBodyProblems {

	private static final String INVALID = "Dữ liệu không hợp lệ / The request has invalid fields";

	private static final String UNREADABLE = "Không đọc được nội dung yêu cầu / The request body could not be read: ";

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail invalid(MethodArgumentNotValidException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, INVALID);
		problem.setProperty("errors", ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
			.toList());
		return problem;
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
			String field = mapping.getPath()
				.stream()
				.map(step -> (step.getFieldName() != null) ? step.getFieldName() : "[" + step.getIndex() + "]")
				.collect(Collectors.joining("."))
				.replace(".[", "[");
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					UNREADABLE + field + ": " + firstLine(mapping));
			problem.setProperty("errors", List.of(Map.of("field", field, "message", firstLine(mapping))));
			return problem;
		}
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				UNREADABLE + firstLine(ex.getMostSpecificCause()));
	}

	private static String firstLine(Throwable cause) {
		String message = (cause instanceof JsonMappingException mapping) ? mapping.getOriginalMessage()
				: String.valueOf(cause.getMessage());
		int newline = message.indexOf('\n');
		return (newline > 0) ? message.substring(0, newline) : message;
	}

}
