package vn.cadre.assignments;

/**
 * A command that no history could accept, as written (400): a merger without
 * predecessors, a correction without a reason, a reason given twice. Its reason is worded
 * in the refusals' bundle; a refusal about one field of the request names it.
 */
public final class InvalidRequest extends Refusal {

	private final String field;

	public InvalidRequest(String key, Object... args) {
		this(null, key, args);
	}

	private InvalidRequest(String field, String key, Object... args) {
		super(key, args);
		this.field = field;
	}

	/** Refused because of the request's {@code field}, next to which a form shows it. */
	public static InvalidRequest at(String field, String key, Object... args) {
		return new InvalidRequest(field, key, args);
	}

	/** The field of the request at fault, or null when the whole request is. */
	public String field() {
		return this.field;
	}

}
