package vn.cadre.cli;

/** One line of progress: a bar, done of total, rate and time left. */
final class ProgressBar {

	static final int WIDTH = 30;

	private ProgressBar() {
	}

	static String line(long done, long total, double perSecond, Long secondsLeft) {
		double share = (total > 0) ? Math.min(1.0, (double) done / total) : 0;
		int filled = (int) Math.round(share * WIDTH);
		return "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + Math.round(share * 100) + "% " + done
				+ "/" + total + " events, " + Math.round(perSecond) + "/s"
				+ ((secondsLeft != null) ? ", ~" + secondsLeft + "s left" : "");
	}

}
