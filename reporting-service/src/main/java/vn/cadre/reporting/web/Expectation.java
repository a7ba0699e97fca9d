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
import org.springframework.core.MethodParameter;

/**
 * What a query parameter (or a field of a query record) must be, in Vietnamese and
 * English, read from its type and its constraints, so a refusal says what would have been
 * accepted.
 */
record Expectation(String vi, String en) {

	private static final String SEPARATOR = " / ";

	/** A bilingual text written "Vietnamese / English". */
	static Expectation of(String bilingual) {
		int split = bilingual.indexOf(SEPARATOR);
		return (split < 0) ? new Expectation(bilingual, bilingual)
				: new Expectation(bilingual.substring(0, split), bilingual.substring(split + SEPARATOR.length()));
	}

	static Expectation of(MethodParameter parameter) {
		return of(parameter.getNestedParameterType(), parameter::getParameterAnnotation);
	}

	/** From a value's type and its annotations, wherever it is declared. */
	static Expectation of(Class<?> type, Function<Class<? extends Annotation>, Annotation> annotations) {
		Pattern pattern = (Pattern) annotations.apply(Pattern.class);
		if (pattern != null) {
			return of(pattern.message());
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
			return new Expectation("một trong " + values, "one of " + values);
		}
		if (type == boolean.class || type == Boolean.class) {
			return new Expectation("true hoặc false", "true or false");
		}
		if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
			return wholeNumber((Min) annotations.apply(Min.class), (Max) annotations.apply(Max.class));
		}
		return new Expectation("một giá trị hợp lệ", "a valid value");
	}

	private static Expectation wholeNumber(Min min, Max max) {
		if (min != null && max != null) {
			return new Expectation("một số nguyên từ " + min.value() + " đến " + max.value(),
					"a whole number from " + min.value() + " to " + max.value());
		}
		if (min != null) {
			return new Expectation("một số nguyên từ " + min.value() + " trở lên",
					"a whole number of " + min.value() + " or more");
		}
		return new Expectation("một số nguyên", "a whole number");
	}

}
