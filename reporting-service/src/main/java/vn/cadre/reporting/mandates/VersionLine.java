package vn.cadre.reporting.mandates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * A mandate version as one line of text: the fields the measures read, separated by
 * U+001F, a value that contains the separator or a backslash escaped, an absent value
 * written as {@code \0}. A unit's versions are kept as lines because a server decodes and
 * sends one string far faster than a sub-document of a dozen fields.
 */
final class VersionLine {

	private static final char SEPARATOR = '\u001f';

	private static final String ABSENT = "\\0";

	private static final int ID = 0;

	private static final int PERSON = 1;

	private static final int POST = 2;

	private VersionLine() {
	}

	/** The line of version {@code id}. */
	static String of(String id, MandateVersion version) {
		return join(id, version.personId(), version.postCode(), version.mandateId(), version.from().toString(),
				(version.until() != null) ? version.until().toString() : null, version.locality(),
				version.localityBasis(), version.legalBasis(), String.valueOf(version.position()),
				String.valueOf(version.recordedFrom().toEpochMilli()),
				(version.recordedUntil() != null) ? String.valueOf(version.recordedUntil().toEpochMilli()) : null);
	}

	static String id(String line) {
		return field(line, ID);
	}

	static String person(String line) {
		return field(line, PERSON);
	}

	static String post(String line) {
		return field(line, POST);
	}

	/** Its first day, as written (yyyy-MM-dd). */
	static String from(String line) {
		return field(line, 4);
	}

	/** Its last day as written, or null when it has none. */
	static String until(String line) {
		return field(line, 5);
	}

	/** When it stopped being believed, or null while it still is. */
	static Instant recordedUntil(String line) {
		String value = split(line).get(11);
		return (value != null) ? Instant.ofEpochMilli(Long.parseLong(value)) : null;
	}

	/** The same line believed only until {@code until}. */
	static String closedAt(String line, Date until) {
		List<String> fields = split(line);
		fields.set(11, String.valueOf(until.getTime()));
		return join(fields.toArray(String[]::new));
	}

	/**
	 * The version of {@code unitId} a line holds, with the fields the measures read; its
	 * end cause, change, reason and concurrent posts are left empty.
	 */
	static MandateVersion version(String unitId, String line) {
		List<String> f = split(line);
		return new MandateVersion(unitId, f.get(3), f.get(POST), f.get(PERSON), day(f.get(4)),
				(f.get(5) != null) ? day(f.get(5)) : null, false, null, f.get(6), f.get(7), f.get(8), List.of(), false,
				null, null, Long.parseLong(f.get(9)), Instant.ofEpochMilli(Long.parseLong(f.get(10))),
				(f.get(11) != null) ? Instant.ofEpochMilli(Long.parseLong(f.get(11))) : null);
	}

	/**
	 * A day written yyyy-MM-dd, read digit by digit: a country's measures read some
	 * hundred thousand lines, and {@link LocalDate#parse} costs most of a line's reading.
	 * Anything else is left to it (and its errors).
	 */
	static LocalDate day(String text) {
		if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
			return LocalDate.parse(text);
		}
		int year = digits(text, 0, 4);
		int month = digits(text, 5, 7);
		int day = digits(text, 8, 10);
		return (year < 0 || month < 0 || day < 0) ? LocalDate.parse(text) : LocalDate.of(year, month, day);
	}

	/**
	 * The number the digits from {@code start} to {@code end} write, or -1 if one is not
	 * a digit.
	 */
	private static int digits(String text, int start, int end) {
		int value = 0;
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	private static String join(String... values) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				line.append(SEPARATOR);
			}
			line.append(escape(values[i]));
		}
		return line.toString();
	}

	private static String escape(String value) {
		if (value == null) {
			return ABSENT;
		}
		if (value.indexOf('\\') < 0 && value.indexOf(SEPARATOR) < 0) {
			return value;
		}
		return value.replace("\\", "\\\\").replace(String.valueOf(SEPARATOR), "\\s");
	}

	private static String unescape(String value) {
		if (value.equals(ABSENT)) {
			return null;
		}
		if (value.indexOf('\\') < 0) {
			return value;
		}
		StringBuilder plain = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '\\') {
				c = (value.charAt(++i) == 's') ? SEPARATOR : '\\';
			}
			plain.append(c);
		}
		return plain.toString();
	}

	private static String field(String line, int index) {
		int start = 0;
		for (int i = 0; i < index; i++) {
			start = line.indexOf(SEPARATOR, start) + 1;
		}
		int end = line.indexOf(SEPARATOR, start);
		return unescape(line.substring(start, (end < 0) ? line.length() : end));
	}

	private static List<String> split(String line) {
		List<String> fields = new ArrayList<>(12);
		int start = 0;
		for (int end = line.indexOf(SEPARATOR); end >= 0; end = line.indexOf(SEPARATOR, start)) {
			fields.add(unescape(line.substring(start, end)));
			start = end + 1;
		}
		fields.add(unescape(line.substring(start)));
		return fields;
	}

}
