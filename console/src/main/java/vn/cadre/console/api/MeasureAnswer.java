package vn.cadre.console.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The read side's answer to a measures question: the figures and their evidence. */
public record MeasureAnswer(String scope, String unitId, String level, Period period, LocalDate on, Instant knownAt,
		List<String> unitIds, List<Figure> measures) {

	public Figure figure(String id) {
		return this.measures.stream().filter((figure) -> figure.id().equals(id)).findFirst().orElse(null);
	}

	/**
	 * One figure of the report.
	 *
	 * @param denominator the units counted over, for figures counted per unit
	 */
	public record Figure(String id, String titleVi, String titleEn, long value, Long denominator,
			Map<String, Long> breakdown, long evidenceTotal, List<Evidence> evidence) {

		public String title(Locale locale) {
			return Bilingual.pick(locale, this.titleVi, this.titleEn);
		}

		/** The share of units, in per cent with one decimal, for figures per unit. */
		public String share() {
			if (this.denominator == null || this.denominator == 0) {
				return null;
			}
			return String.format(Locale.ROOT, "%.1f", 100.0 * this.value / this.denominator);
		}

	}

	/** A fact behind a figure; people by id only. */
	public record Evidence(String unitId, String unitName, List<String> personIds, List<String> postCodes,
			List<String> mandateIds, List<Long> positions, List<String> legalBases, String detail) {

		/** The note in the reader's language. */
		public String detail(Locale locale) {
			return Bilingual.half(locale, this.detail);
		}

	}

}
