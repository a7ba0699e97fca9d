package vn.cadre.console.audit;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.cadre.console.api.MandateLine;
import vn.cadre.console.api.PostTitles;

/**
 * A unit's posts down the side and time across: each mandate a bar placed in per cent of
 * the span shown, so the page draws it with nothing but positioned boxes.
 */
public record Timeline(LocalDate start, LocalDate end, List<Row> rows, List<Tick> ticks) {

	static Timeline of(List<MandateLine> mandates, LocalDate establishedOn, LocalDate end, PostTitles titles,
			Locale locale) {
		// from the first mandate: a unit registered decades before its first recorded
		// holder would leave most of the page empty
		LocalDate start = mandates.stream().map(MandateLine::from).min(Comparator.naturalOrder()).orElse(establishedOn);
		if (!end.isAfter(start)) {
			end = start.plusDays(1);
		}
		long span = ChronoUnit.DAYS.between(start, end) + 1;
		Map<String, List<Bar>> byPost = new LinkedHashMap<>();
		for (MandateLine mandate : mandates) {
			if (mandate.from().isAfter(end)) {
				continue;
			}
			LocalDate last = (mandate.until() == null || mandate.until().isAfter(end)) ? end : mandate.until();
			LocalDate first = mandate.from().isBefore(start) ? start : mandate.from();
			double left = 100.0 * ChronoUnit.DAYS.between(start, first) / span;
			double width = Math.max(0.5, 100.0 * (ChronoUnit.DAYS.between(first, last) + 1) / span);
			byPost.computeIfAbsent(mandate.postCode(), (post) -> new ArrayList<>())
				.add(new Bar(mandate, round(left), round(Math.min(width, 100.0 - left))));
		}
		List<Row> rows = byPost.entrySet()
			.stream()
			.map((post) -> new Row(post.getKey(), titles.of(post.getKey(), locale), post.getValue()))
			.toList();
		return new Timeline(start, end, rows, ticks(start, end, span));
	}

	/** Holders on a day, for the line drawn at "as of". */
	public boolean holds(MandateLine mandate, LocalDate day) {
		return !day.isBefore(mandate.from()) && (mandate.until() == null || !day.isAfter(mandate.until()));
	}

	private static List<Tick> ticks(LocalDate start, LocalDate end, long span) {
		int years = end.getYear() - start.getYear();
		int step = (years > 12) ? 2 : 1;
		List<Tick> ticks = new ArrayList<>();
		for (int year = start.getYear() + 1; year <= end.getYear(); year += step) {
			LocalDate day = LocalDate.of(year, 1, 1);
			ticks.add(new Tick(year, round(100.0 * ChronoUnit.DAYS.between(start, day) / span)));
		}
		return ticks;
	}

	private static double round(double percent) {
		return Math.round(percent * 100) / 100.0;
	}

	/** One post's line. */
	public record Row(String postCode, String title, List<Bar> bars) {

	}

	/** One mandate's bar, in per cent of the span. */
	public record Bar(MandateLine mandate, double left, double width) {

		public String style() {
			return String.format(Locale.ROOT, "left:%.2f%%;width:%.2f%%", this.left, this.width);
		}

	}

	/** The first day of a year on the axis. */
	public record Tick(int year, double left) {

		public String style() {
			return String.format(Locale.ROOT, "left:%.2f%%", this.left);
		}

	}

}
