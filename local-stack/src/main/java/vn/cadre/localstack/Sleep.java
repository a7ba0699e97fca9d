package vn.cadre.localstack;

final class Sleep {

	private Sleep() {
	}

	static void briefly(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new StackException("Interrupted while waiting");
		}
	}

}
