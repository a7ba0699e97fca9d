package vn.cadre.reporting.measures;

import java.util.List;
import java.util.Map;

/**
 * One figure of the report with what it is counted over and the evidence behind it.
 *
 * @param value the numerator
 * @param denominator the units of the scope active in the period, for measures counted
 * per unit; otherwise null
 * @param breakdown the figure split by post or pair of posts, as the report gives it
 * @param evidenceTotal how many rows of evidence there are in all
 * @param evidence one row per fact counted (a page of them in an answer)
 */
public record Measure(String id, String titleVi, String titleEn, long value, Long denominator,
		Map<String, Long> breakdown, long evidenceTotal, List<Evidence> evidence) {

	public Measure(String id, String titleVi, String titleEn, long value, Long denominator, Map<String, Long> breakdown,
			List<Evidence> evidence) {
		this(id, titleVi, titleEn, value, denominator, breakdown, evidence.size(), evidence);
	}

	/**
	 * The same figure with at most {@code limit} rows of evidence from {@code offset}.
	 */
	public Measure page(int offset, int limit) {
		List<Evidence> rows = this.evidence.stream().skip(offset).limit(limit).toList();
		return new Measure(this.id, this.titleVi, this.titleEn, this.value, this.denominator, this.breakdown,
				this.evidenceTotal, rows);
	}

	/**
	 * A fact behind a figure: the unit, people (by id), posts, mandates, the global
	 * positions of the events that recorded them, and their legal documents.
	 */
	public record Evidence(String unitId, String unitName, List<String> personIds, List<String> postCodes,
			List<String> mandateIds, List<Long> positions, List<String> legalBases, String detail) {

	}

}
