package vn.cadre.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A date option: {@code yyyy-MM-dd} only, as the API takes it, so a date written another
 * way is refused here, naming the option, before anything is sent.
 */
final class IsoDate implements ITypeConverter<LocalDate> {

	@Override
	public LocalDate convert(String value) {
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new TypeConversionException(
					"ngày viết yyyy-MM-dd / a date is written yyyy-MM-dd, e.g. 2025-07-01; " + "was '" + value + "'");
		}
	}

}
