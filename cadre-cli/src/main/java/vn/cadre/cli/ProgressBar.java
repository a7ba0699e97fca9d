package vn.cadre.cli;

import java.io.PrintWriter;

/** One line of progress: a bar, done of total, rate and time left. */
final class ProgressBar {

	static final int WIDTH = 30;

	private ProgressBar() {
	}

	/**
	 * Prints a line of progress whenever the whole percentage moves, so a long run
	 * written to a file leaves a hundred lines at most.
	 */
	static final class Printer {

		private final PrintWriter out;

		private final String unit;

		private long shown = -1;

		Printer(PrintWriter out, String unit) {
			this.out = out;
			this.unit = unit;
		}

		void show(long done, long total) {
			long percent = (total > 0) ? done * 100 / total : 100;
			if (percent != this.shown) {
				this.shown = percent;
				this.out.print("\r" + line(done, total, 0, null).replace(" events, 0/s", " " + this.unit));
				this.out.flush();
			}
		}

	}

	static String line(long done, long total, double perSecond, Long secondsLeft) {
		double share = (total > 0) ? Math.min(1.0, (double) done / total) : 0;
		int filled = (int) Math.round(share * WIDTH);
		return "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + Math.round(share * 100) + "% " + done
				+ "/" + total + " events, " + Math.round(perSecond) + "/s"
				+ ((secondsLeft != null) ? ", ~" + secondsLeft + "s left" : "");
	}

}
