package vn.cadre.assignments.web;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
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
import vn.cadre.assignments.InvalidRequest;
import vn.cadre.assignments.Refusal;
import vn.cadre.assignments.RuleViolation;
import vn.cadre.kernel.InvalidValue;
import vn.cadre.support.text.AsGiven;
import vn.cadre.support.text.Languages;
import vn.cadre.support.text.Text;
import vn.cadre.support.text.Wording;

/**
 * Turns the command side's failures into RFC 9457 problem responses (a refused body is
 * answered by service-support's {@code RequestBodyProblems}): 400 for a bad value, 409
 * for a broken rule or a concurrent change, 422 for a reference to something that does
 * not exist. A refusal's reason is given in the language the request accepts
 * ({@code Accept-Language}: vi or en), and in both when it names neither.
 */
@RestControllerAdvice
class ApiErrors extends ResponseEntityExceptionHandler {

	/**
	 * A value the kernel refuses says the kernel's reason; any other is a mistake of ours
	 * in mapping a request, told as it was thrown.
	 */
	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail illegal(IllegalArgumentException ex, HttpServletRequest request) {
		Wording reason = (ex instanceof InvalidValue invalid)
				? new Text(InvalidValue.BUNDLE, invalid.key(), invalid.args()) : new AsGiven(ex.getMessage());
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail(reason, request));
	}

	@ExceptionHandler(InvalidRequest.class)
	ProblemDetail invalidCommand(InvalidRequest ex, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail(ex, request));
		if (ex.field() != null) {
			problem.setProperty("field", ex.field());
		}
		return problem;
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
	private static String detail(Wording reason, HttpServletRequest request) {
		return Languages.say(reason, request);
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
	ProblemDetail unknown(AggregateNotFoundException ex, HttpServletRequest request) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				detail(new Text(Refusal.BUNDLE, "aggregate.not-found", ex.getAggregateIdentifier()), request));
	}

	@ExceptionHandler(AggregateStreamCreationException.class)
	ProblemDetail duplicateId(AggregateStreamCreationException ex, HttpServletRequest request) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				detail(new Text(Refusal.BUNDLE, "aggregate.id-taken"), request));
	}

	@ExceptionHandler(ConcurrencyException.class)
	ProblemDetail concurrent(ConcurrencyException ex, HttpServletRequest request) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				detail(new Text(Refusal.BUNDLE, "aggregate.concurrent-change"), request));
	}

}
