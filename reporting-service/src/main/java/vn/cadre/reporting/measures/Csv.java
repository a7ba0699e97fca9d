package vn.cadre.reporting.measures;

import java.util.stream.Collectors;

import vn.cadre.reporting.web.CsvCells;

/** Tables of a report as CSV (RFC 4180, UTF-8), the way spreadsheets read them. */
final class Csv {

	private Csv() {
	}

	static String summary(MeasureReport report) {
		// every row names the days it counts, so a row copied into a spreadsheet keeps
		// them
		StringBuilder csv = new StringBuilder("period,from,until,measure,title,value,denominator,breakdown\r\n");
		Period period = report.period();
		for (Measure measure : report.measures()) {
			row(csv, period.id(), String.valueOf(period.from()),
					(period.until() != null) ? String.valueOf(period.until()) : "", measure.id(), measure.titleVi(),
					String.valueOf(measure.value()),
					(measure.denominator() != null) ? String.valueOf(measure.denominator()) : "",
					measure.breakdown()
						.entrySet()
						.stream()
						.map(entry -> entry.getKey() + "=" + entry.getValue())
						.collect(Collectors.joining("; ")));
		}
		return csv.toString();
	}

	static String evidence(Measure measure) {
		StringBuilder csv = new StringBuilder(
				"unitId,unitName,personIds,postCodes,mandateIds,positions,legalBases,detail\r\n");
		for (Measure.Evidence row : measure.evidence()) {
			row(csv, row.unitId(), row.unitName(), String.join(" ", row.personIds()), String.join(" ", row.postCodes()),
					String.join(" ", row.mandateIds()),
					row.positions().stream().map(String::valueOf).collect(Collectors.joining(" ")),
					String.join(" ", row.legalBases()), row.detail());
		}
		return csv.toString();
	}

	private static void row(StringBuilder csv, String... cells) {
		csv.append(CsvCells.row(cells));
	}

}
