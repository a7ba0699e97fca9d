package vn.cadre.reporting.web;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link PlausibleDate} on days and on instants (public: the validator factory
 * creates them).
 */
public final class PlausibleDateValidator {

	private PlausibleDateValidator() {
	}

	public static final class OfDay implements ConstraintValidator<PlausibleDate, LocalDate> {

		@Override
		public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
			return value == null || PlausibleDates.contains(value);
		}

	}

	public static final class OfInstant implements ConstraintValidator<PlausibleDate, Instant> {

		@Override
		public boolean isValid(Instant value, ConstraintValidatorContext context) {
			return value == null || PlausibleDates.contains(value);
		}

	}

}
