package vn.cadre.reporting.web;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StringUtils;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.cadre.support.text.Languages;
import vn.cadre.support.text.Text;
import vn.cadre.support.text.Wording;

/**
 * A query parameter of the read side that cannot be read or breaks its bounds is a 400
 * problem naming it ({@code parameter}) and saying what it must be; a question refused
 * further in ({@link QueryRefused}) is answered with its status. Every text is said in
 * the language the request accepts ({@code Accept-Language}: vi or en), in both when it
 * names neither. Ordered first and limited to the read side's controllers, so the answer
 * does not depend on which general handler comes after.
 */
@RestControllerAdvice(basePackages = "vn.cadre.reporting")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ParameterProblems {

	private static final int SHOWN = 40;

	/** When a question the service could not take now may be asked again. */
	private static final int RETRY_AFTER_SECONDS = 5;

	@ExceptionHandler(HandlerMethodValidationException.class)
	ProblemDetail invalid(HandlerMethodValidationException ex, HttpServletRequest request) {
		List<Refusal> refusals = new ArrayList<>();
		for (ParameterValidationResult result : ex.getParameterValidationResults()) {
			if (result instanceof ParameterErrors query) {
				query.getFieldErrors()
					.forEach(error -> refusals.add(refusal(result.getMethodParameter().getParameterType(), error)));
			}
			else {
				refusals.add(new Refusal(name(result.getMethodParameter()), Expectation.of(result.getMethodParameter()),
						result.getArgument()));
			}
		}
		return problem(refusals, request);
	}

	/**
	 * A query bound to a record ({@code MeasureQuery}) whose values could not be read.
	 */
	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail unbound(MethodArgumentNotValidException ex, HttpServletRequest request) {
		Class<?> query = ex.getParameter().getParameterType();
		return problem(ex.getFieldErrors().stream().map(error -> refusal(query, error)).toList(), request);
	}

	private static Refusal refusal(Class<?> query, FieldError error) {
		// a record's constraints are copied onto its fields, where they are found
		Field field = Arrays.stream(query.getDeclaredFields())
			.filter(candidate -> candidate.getName().equals(error.getField()))
			.findFirst()
			.orElse(null);
		Wording expected = (field != null) ? Expectation.of(field.getType(), field::getAnnotation)
				: Expectation.of(String.valueOf(error.getDefaultMessage()));
		return new Refusal(error.getField(), expected, error.getRejectedValue());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail unreadable(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		return problem(List.of(new Refusal(ex.getName(), Expectation.of(ex.getParameter()), ex.getValue())), request);
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ProblemDetail missing(MissingServletRequestParameterException ex, HttpServletRequest request) {
		String name = ex.getParameterName();
		Wording expected = (ex.getMethodParameter() != null) ? Expectation.of(ex.getMethodParameter())
				: QueryRefused.text("expect.a-value");
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				Languages.say(QueryRefused.text("parameter.missing", name, expected), request));
		problem.setProperty("parameter", name);
		return problem;
	}

	/** A question refused by the code that answers it, after its parameters were read. */
	@ExceptionHandler(QueryRefused.class)
	ResponseEntity<ProblemDetail> refused(QueryRefused ex, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.status(), Languages.say(ex, request));
		if (ex.parameter() != null) {
			problem.setProperty("parameter", ex.parameter());
		}
		ResponseEntity.BodyBuilder answer = ResponseEntity.status(ex.status());
		if (ex.status() == HttpStatus.SERVICE_UNAVAILABLE) {
			answer.header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
		}
		return answer.body(problem);
	}

	/** Only when a controller is proxied for method validation ({@code @Validated}). */
	@ExceptionHandler(ConstraintViolationException.class)
	ProblemDetail violated(ConstraintViolationException ex, HttpServletRequest request) {
		return problem(ex.getConstraintViolations()
			.stream()
			.map(violation -> new Refusal(lastNode(violation), Expectation.of(violation.getMessage()),
					violation.getInvalidValue()))
			.toList(), request);
	}

	private static ProblemDetail problem(List<Refusal> refusals, HttpServletRequest request) {
		Refusal first = refusals.get(0);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				Languages.say(first.detail(), request));
		problem.setProperty("parameter", first.parameter());
		problem.setProperty("errors",
				refusals.stream()
					.map(refusal -> Map.of("parameter", refusal.parameter(), "message",
							Languages.say(refusal.detail(), request)))
					.toList());
		return problem;
	}

	private static String name(MethodParameter parameter) {
		RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
		if (param != null && StringUtils.hasText(param.name())) {
			return param.name();
		}
		return String.valueOf(parameter.getParameterName());
	}

	private static String lastNode(ConstraintViolation<?> violation) {
		String name = null;
		for (Path.Node node : violation.getPropertyPath()) {
			name = node.getName();
		}
		return String.valueOf(name);
	}

	/** One parameter refused, with the value as given (cut short: it is echoed). */
	record Refusal(String parameter, Wording expected, Object value) {

		Text detail() {
			String given = String.valueOf(this.value);
			String shown = (given.length() > SHOWN) ? given.substring(0, SHOWN) + "…" : given;
			return QueryRefused.text("parameter.invalid", this.parameter, this.expected, shown);
		}

	}

}
