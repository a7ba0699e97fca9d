package vn.cadre.assignments.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonMappingException;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import vn.cadre.assignments.document.UnknownCitation;
import vn.cadre.assignments.mandate.MandateNotFound;
import vn.cadre.assignments.mandate.PostNotAvailable;
import vn.cadre.assignments.person.UnknownPerson;
import vn.cadre.assignments.unit.UnknownUnit;
import vn.cadre.assignments.RuleViolation;

/**
 * Turns failures into RFC 9457 problem responses: 400 naming each bad field, 409 for a
 * broken rule or a concurrent change, 422 for a reference to something that does not
 * exist. Messages are given in Vietnamese and English.
 */
@RestControllerAdvice
class ApiErrors extends ResponseEntityExceptionHandler {

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
			.toList();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Dữ liệu không hợp lệ / The request has invalid fields");
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem;
		if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
			String field = mapping.getPath()
				.stream()
				.map(step -> (step.getFieldName() != null) ? step.getFieldName() : "[" + step.getIndex() + "]")
				.collect(Collectors.joining("."))
				.replace(".[", "[");
			problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					"Không đọc được nội dung yêu cầu / The request body could not be read: " + field + ": "
							+ firstLine(mapping));
			problem.setProperty("errors", List.of(Map.of("field", field, "message", firstLine(mapping))));
		}
		else {
			problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					"Không đọc được nội dung yêu cầu / The request body could not be read: "
							+ firstLine(ex.getMostSpecificCause()));
		}
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail illegal(IllegalArgumentException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler(RuleViolation.class)
	ProblemDetail ruleBroken(RuleViolation ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setProperty("rule", ex.getClass().getSimpleName());
		return problem;
	}

	/**
	 * A post the catalogue does not hold for the unit is a request naming something that
	 * is not there, like an unknown unit: nothing in the history conflicts with it.
	 */
	@ExceptionHandler(PostNotAvailable.class)
	ProblemDetail unknownPost(PostNotAvailable ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, ex.getMessage());
		problem.setProperty("rule", ex.getClass().getSimpleName());
		problem.setProperty("field", "postCode");
		return problem;
	}

	@ExceptionHandler({ UnknownCitation.class, UnknownPerson.class, UnknownUnit.class })
	ProblemDetail unknownReference(RuntimeException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, ex.getMessage());
	}

	@ExceptionHandler(MandateNotFound.class)
	ProblemDetail unknownMandate(MandateNotFound ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(AggregateNotFoundException.class)
	ProblemDetail unknown(AggregateNotFoundException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"Không tìm thấy / Not found: " + ex.getAggregateIdentifier());
	}

	@ExceptionHandler(AggregateStreamCreationException.class)
	ProblemDetail duplicateId(AggregateStreamCreationException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Mã định danh đã được dùng / This id is already taken");
	}

	@ExceptionHandler(ConcurrencyException.class)
	ProblemDetail concurrent(ConcurrencyException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Dữ liệu vừa bị thay đổi đồng thời, hãy thử lại / A concurrent change won; retry the command");
	}

	private static String firstLine(Throwable cause) {
		String message = (cause instanceof JsonMappingException mapping) ? mapping.getOriginalMessage()
				: String.valueOf(cause.getMessage());
		int newline = message.indexOf('\n');
		return (newline > 0) ? message.substring(0, newline) : message;
	}

}
