package vn.cadre.assignments.web;

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
import vn.cadre.assignments.RuleViolation;

/**
 * Turns the command side's failures into RFC 9457 problem responses (a refused body is
 * answered by service-support's {@code RequestBodyProblems}): 400 for a bad value, 409
 * for a broken rule or a concurrent change, 422 for a reference to something that does
 * not exist. Messages are given in Vietnamese and English.
 */
@RestControllerAdvice
class ApiErrors extends ResponseEntityExceptionHandler {

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

	private static ProblemDetail unknownReference(RuntimeException ex, String field) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, ex.getMessage());
		problem.setProperty("field", field);
		return problem;
	}

	/** Named by the field that gave its id: a unit, a parent, a merger's predecessors. */
	@ExceptionHandler(UnknownUnit.class)
	ProblemDetail unknownUnit(UnknownUnit ex) {
		return unknownReference(ex, ex.field());
	}

	/**
	 * Named by the field that cited it: a command's legal basis, a briefing's documents.
	 */
	@ExceptionHandler(UnknownCitation.class)
	ProblemDetail unknownCitation(UnknownCitation ex) {
		return unknownReference(ex, ex.field());
	}

	/** A person is only ever named by {@code personId}, so a form can show it there. */
	@ExceptionHandler(UnknownPerson.class)
	ProblemDetail unknownPerson(UnknownPerson ex) {
		return unknownReference(ex, "personId");
	}

	/** Not found where the request's path names it, and named by {@code mandateId}. */
	@ExceptionHandler(MandateNotFound.class)
	ProblemDetail unknownMandate(MandateNotFound ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
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
