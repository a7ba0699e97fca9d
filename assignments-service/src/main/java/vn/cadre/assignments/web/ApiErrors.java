package vn.cadre.assignments.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import vn.cadre.assignments.document.UnknownCitation;
import vn.cadre.assignments.mandate.MandateNotFound;
import vn.cadre.assignments.mandate.PostNotAvailable;
import vn.cadre.assignments.person.UnknownPerson;
import vn.cadre.assignments.unit.UnknownUnit;
import vn.cadre.assignments.Refusal;
import vn.cadre.assignments.RuleViolation;

/**
 * Turns the command side's failures into RFC 9457 problem responses (a refused body is
 * answered by service-support's {@code RequestBodyProblems}): 400 for a bad value, 409
 * for a broken rule or a concurrent change, 422 for a reference to something that does
 * not exist. A refusal's reason is given in the language the request accepts
 * ({@code Accept-Language}: vi or en), and in both when it names neither.
 */
@RestControllerAdvice
class ApiErrors extends ResponseEntityExceptionHandler {

	private static final List<Locale> LANGUAGES = List.of(Refusal.VIETNAMESE, Locale.ENGLISH);

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail illegal(IllegalArgumentException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler(RuleViolation.class)
	ProblemDetail ruleBroken(RuleViolation ex, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail(ex, request));
		problem.setProperty("rule", ex.getClass().getSimpleName());
		return problem;
	}

	/**
	 * A post the catalogue does not hold for the unit is a request naming something that
	 * is not there, like an unknown unit: nothing in the history conflicts with it.
	 */
	@ExceptionHandler(PostNotAvailable.class)
	ProblemDetail unknownPost(PostNotAvailable ex, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, detail(ex, request));
		problem.setProperty("rule", ex.getClass().getSimpleName());
		problem.setProperty("field", "postCode");
		return problem;
	}

	/**
	 * The reason in the language the request accepts first, of Vietnamese and English; in
	 * both when it names neither (or nothing).
	 */
	private static String detail(Refusal ex, HttpServletRequest request) {
		String accepted = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
		if (accepted == null || accepted.isBlank()) {
			return ex.getMessage();
		}
		try {
			Locale language = Locale.lookup(Locale.LanguageRange.parse(accepted), LANGUAGES);
			return (language != null) ? ex.message(language) : ex.getMessage();
		}
		catch (IllegalArgumentException malformed) {
			return ex.getMessage();
		}
	}

	private static ProblemDetail unknownReference(Refusal ex, String field, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, detail(ex, request));
		problem.setProperty("field", field);
		return problem;
	}

	/** Named by the field that gave its id: a unit, a parent, a merger's predecessors. */
	@ExceptionHandler(UnknownUnit.class)
	ProblemDetail unknownUnit(UnknownUnit ex, HttpServletRequest request) {
		return unknownReference(ex, ex.field(), request);
	}

	/**
	 * Named by the field that cited it: a command's legal basis, a briefing's documents.
	 */
	@ExceptionHandler(UnknownCitation.class)
	ProblemDetail unknownCitation(UnknownCitation ex, HttpServletRequest request) {
		return unknownReference(ex, ex.field(), request);
	}

	/** A person is only ever named by {@code personId}, so a form can show it there. */
	@ExceptionHandler(UnknownPerson.class)
	ProblemDetail unknownPerson(UnknownPerson ex, HttpServletRequest request) {
		return unknownReference(ex, "personId", request);
	}

	/** Not found where the request's path names it, and named by {@code mandateId}. */
	@ExceptionHandler(MandateNotFound.class)
	ProblemDetail unknownMandate(MandateNotFound ex, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail(ex, request));
		problem.setProperty("field", "mandateId");
		return problem;
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

}
