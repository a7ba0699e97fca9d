package vn.cadre.reporting.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A {@code LocalDate} or {@code Instant} within {@link PlausibleDates}; null passes (an
 * absent parameter).
 */
@Documented
@Constraint(validatedBy = { PlausibleDateValidator.OfDay.class, PlausibleDateValidator.OfInstant.class })
@Target({ ElementType.PARAMETER, ElementType.FIELD, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleDate {

	String message() default PlausibleDates.EXPECTED_DATE;

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
