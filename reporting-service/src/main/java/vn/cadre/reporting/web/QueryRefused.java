package vn.cadre.reporting.web;

import org.springframework.http.HttpStatus;
import vn.cadre.support.text.Text;
import vn.cadre.support.text.BilingualException;

/**
 * A question the read side refuses as asked (400), that names something it does not hold
 * (404), or that it cannot take now (503, to be asked again). Its reason is worded in the
 * bundle {@code messages/problems} and answered in the language the request accepts, in
 * both when it names neither (the exception's message).
 */
public class QueryRefused extends BilingualException {

	/** The bundle of the read side's problems. */
	public static final String BUNDLE = "messages.problems";

	private final HttpStatus status;

	private final String parameter;

	protected QueryRefused(HttpStatus status, String parameter, String key, Object... args) {
		this(status, parameter, text(key, args));
	}

	private QueryRefused(HttpStatus status, String parameter, Text reason) {
		super(reason);
		this.status = status;
		this.parameter = parameter;
	}

	/** A question that cannot be asked as given; {@code parameter} may be null. */
	public static QueryRefused badRequest(String parameter, String key, Object... args) {
		return new QueryRefused(HttpStatus.BAD_REQUEST, parameter, key, args);
	}

	/** A question about something the read models do not hold. */
	public static QueryRefused notFound(String key, Object... args) {
		return new QueryRefused(HttpStatus.NOT_FOUND, null, key, args);
	}

	/** A question the read side cannot take now; asked again later, it may be. */
	public static QueryRefused busy(String key, Object... args) {
		return new QueryRefused(HttpStatus.SERVICE_UNAVAILABLE, null, key, args);
	}

	/** A text of the read side's bundle. */
	public static Text text(String key, Object... args) {
		return new Text(BUNDLE, key, args);
	}

	public HttpStatus status() {
		return this.status;
	}

	/** The query parameter at fault, or null when the question as a whole is. */
	public String parameter() {
		return this.parameter;
	}

}
