package vn.cadre.cli;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The media types a request asks for and takes as a successful answer. A problem report
 * is asked for as well, for refusals. An answer of any other type did not come from the
 * service's API: a sign-in page, a proxy's page, another server on that address.
 */
record AnswerTypes(List<String> types) {

	static final AnswerTypes JSON = of("application/json");

	private static final String PROBLEM = "application/problem+json";

	static AnswerTypes of(String... types) {
		return new AnswerTypes(List.of(types));
	}

	/** The value of the Accept header. */
	String accept() {
		return String.join(", ", this.types) + ", " + PROBLEM;
	}

	/** Whether an answer of this Content-Type is one this request asked for. */
	boolean takes(Optional<String> contentType) {
		if (contentType.isEmpty()) {
			return false;
		}
		String type = contentType.get().split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
		return this.types.contains(type) || type.equals(PROBLEM) || (this.types.contains("application/json")
				&& type.startsWith("application/") && type.endsWith("+json"));
	}

	String described() {
		return String.join(" or ", this.types);
	}

}
