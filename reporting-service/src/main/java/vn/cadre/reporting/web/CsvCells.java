package vn.cadre.reporting.web;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Cells and rows of CSV (RFC 4180) as spreadsheets read them, the same for every table
 * the read side offers.
 */
public final class CsvCells {

	private CsvCells() {
	}

	/** A row of cells, ended by CRLF. */
	public static String row(String... cells) {
		return Arrays.stream(cells).map(CsvCells::cell).collect(Collectors.joining(",")) + "\r\n";
	}

	/** A cell, quoted when it must be; {@code null} is empty. */
	public static String cell(String text) {
		if (text == null) {
			return "";
		}
		String value = defused(text);
		boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
		return quote ? quoted(value) : value;
	}

	/** A cell always quoted, for free text. */
	public static String quoted(String text) {
		return "\"" + defused(text).replace("\"", "\"\"") + "\"";
	}

	/** A spreadsheet would run a cell starting with one of these as a formula. */
	private static String defused(String value) {
		return (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
	}

}
