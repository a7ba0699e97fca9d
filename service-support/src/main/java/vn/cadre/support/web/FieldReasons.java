package vn.cadre.support.web;

import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.cadre.kernel.InvalidValue;
import vn.cadre.support.text.AsGiven;
import vn.cadre.support.text.Text;
import vn.cadre.support.text.Wording;

/**
 * Why one field of a request was refused, in both languages: a constraint whose message
 * is a key of {@link ProblemResponses#BUNDLE} says that text, the common constraints say
 * theirs, and a value the kernel refused says the kernel's reason. Anything else keeps
 * the library's own words, in the one language it has.
 */
final class FieldReasons {

	private FieldReasons() {
	}

	static Wording of(ConstraintViolation<?> violation) {
		String template = violation.getMessageTemplate();
		if (Text.exists(ProblemResponses.BUNDLE, template)) {
			return ProblemResponses.text(template);
		}
		Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
		if (constraint instanceof NotNull || constraint instanceof NotBlank || constraint instanceof NotEmpty) {
			return ProblemResponses.text("field.required");
		}
		if (constraint instanceof Size size) {
			return (size.min() == 0) ? ProblemResponses.text("field.length-at-most", size.max())
					: ProblemResponses.text("field.length-between", size.min(), size.max());
		}
		if (constraint instanceof Pattern) {
			return ProblemResponses.text("field.form");
		}
		return new AsGiven(violation.getMessage());
	}

	/** Why a value of a body could not be read into its field. */
	static Wording of(JsonMappingException unread) {
		if (unread instanceof RefusedJson refused) {
			return refused.reason();
		}
		for (Throwable cause = unread.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof InvalidValue invalid) {
				return new Text(InvalidValue.BUNDLE, invalid.key(), invalid.args());
			}
		}
		if (unread instanceof UnrecognizedPropertyException) {
			return ProblemResponses.text("field.unknown");
		}
		if (unread instanceof InvalidFormatException format && format.getTargetType() != null
				&& format.getTargetType().isEnum()) {
			return ProblemResponses.text("field.one-of",
					Arrays.stream(format.getTargetType().getEnumConstants())
						.map(String::valueOf)
						.collect(Collectors.joining(", ")),
					format.getValue());
		}
		if (unread instanceof MismatchedInputException) {
			return ProblemResponses.text("field.mistyped");
		}
		return new AsGiven(firstLine(unread.getOriginalMessage()));
	}

	static String firstLine(String message) {
		String text = String.valueOf(message);
		int newline = text.indexOf('\n');
		return (newline > 0) ? text.substring(0, newline) : text;
	}

}
