package vn.cadre.reporting.messaging.rebuild;

/**
 * A rebuild or check asked for while one runs on this instance: a conflict, not an error.
 */
class AlreadyRunning extends IllegalStateException {

	private final String id;

	AlreadyRunning(String id) {
		super("A rebuild is already running: " + id);
		this.id = id;
	}

	/** The running rebuild's id, to follow it. */
	String id() {
		return this.id;
	}

}
