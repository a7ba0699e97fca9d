package vn.cadre.reporting.web;

import java.lang.annotation.Annotation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.core.MethodParameter;
import vn.cadre.support.text.Text;
import vn.cadre.support.text.Worded;
import vn.cadre.support.text.Wording;

/**
 * What a query parameter (or a field of a query record) must be, read from its type and
 * its constraints, so a refusal says what would have been accepted. A constraint's
 * message is a key of {@code messages/problems} ({@code expect.…}).
 */
final class Expectation {

	private Expectation() {
	}

	/**
	 * A constraint's message: the bundle's text when it is a key, else the message as
	 * given (a constraint of a library, in one language).
	 */
	static Wording of(String message) {
		if (Text.exists(QueryRefused.BUNDLE, message)) {
			return QueryRefused.text(message);
		}
		return new Worded(message, message);
	}

	static Wording of(MethodParameter parameter) {
		return of(parameter.getNestedParameterType(), parameter::getParameterAnnotation);
	}

	/** From a value's type and its annotations, wherever it is declared. */
	static Wording of(Class<?> type, Function<Class<? extends Annotation>, Annotation> annotations) {
		Pattern pattern = (Pattern) annotations.apply(Pattern.class);
		if (pattern != null) {
			return of(pattern.message());
		}
		Size size = (Size) annotations.apply(Size.class);
		if (size != null) {
			return of(size.message());
		}
		if (type == LocalDate.class) {
			return of(PlausibleDates.EXPECTED_DATE);
		}
		if (type == Instant.class) {
			return of(PlausibleDates.EXPECTED_INSTANT);
		}
		if (type.isEnum()) {
			String values = Arrays.stream(type.getEnumConstants())
				.map(String::valueOf)
				.collect(Collectors.joining(", "));
			return QueryRefused.text("expect.one-of", values);
		}
		if (type == boolean.class || type == Boolean.class) {
			return QueryRefused.text("expect.boolean");
		}
		if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
			return wholeNumber((Min) annotations.apply(Min.class), (Max) annotations.apply(Max.class));
		}
		return QueryRefused.text("expect.valid-value");
	}

	private static Wording wholeNumber(Min min, Max max) {
		if (min != null && max != null) {
			return QueryRefused.text("expect.whole-number-between", min.value(), max.value());
		}
		if (min != null) {
			return QueryRefused.text("expect.whole-number-from", min.value());
		}
		return QueryRefused.text("expect.whole-number");
	}

}
