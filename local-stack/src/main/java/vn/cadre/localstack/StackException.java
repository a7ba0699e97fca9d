package vn.cadre.localstack;

/** A start-up problem the user can act on; its message is shown as is. */
public class StackException extends RuntimeException {

	public StackException(String message) {
		super(message);
	}

}
