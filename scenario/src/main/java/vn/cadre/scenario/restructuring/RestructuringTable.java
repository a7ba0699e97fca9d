package vn.cadre.scenario.restructuring;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

/**
 * The official old → new commune table (the format of the 2025 conversion table): rows
 * read with RFC 4180 quoting, names normalised (NFC, single spaces), each row checked.
 */
public final class RestructuringTable {

	private static final CsvMapper CSV = new CsvMapper();

	private static final List<String> COLUMNS = List.of("old_code", "old_name", "old_type", "old_district_code",
			"old_district_name", "old_province_code", "old_province_name", "new_code", "new_name", "new_type",
			"new_province_code", "new_province_name", "partial", "note");

	private static final Map<String, String> OLD_TYPES = Map.of("xã", "COMMUNE", "phường", "WARD", "thị trấn",
			"TOWNSHIP", "", "RURAL_DISTRICT", "huyện", "RURAL_DISTRICT");

	private static final Map<String, String> NEW_TYPES = Map.of("xã", "COMMUNE", "phường", "WARD", "đặc khu",
			"SPECIAL_ZONE");

	private RestructuringTable() {
	}

	/** One row of the table; {@code oldType} is a unit type of the API. */
	public record Row(int line, String oldCode, String oldName, String oldType, String districtCode,
			String districtName, String oldProvinceCode, String oldProvinceName, String newCode, String newName,
			String newType, String newProvinceCode, String newProvinceName, boolean partial, String note) {

		/** A whole district without communes that became a unit is its own source. */
		boolean districtAsSource() {
			return this.oldType.equals("RURAL_DISTRICT");
		}

	}

	/** A row that could not be read, and why. */
	public record Refusal(int line, String reason) {

	}

	public record Parsed(List<Row> rows, List<Refusal> refused) {

	}

	public static Parsed read(Path file) throws IOException {
		return parse(Files.readString(file, StandardCharsets.UTF_8));
	}

	/** A table as text, such as a file uploaded through the console. */
	public static Parsed parse(String text) throws IOException {
		List<List<String>> records = records(text);
		List<Row> rows = new ArrayList<>();
		List<Refusal> refused = new ArrayList<>();
		if (records.isEmpty() || !records.get(0).equals(COLUMNS)) {
			throw new IOException("the first line must be the header " + String.join(",", COLUMNS));
		}
		for (int i = 1; i < records.size(); i++) {
			List<String> cells = records.get(i);
			int line = i + 1;
			if (cells.isEmpty() || (cells.size() == 1 && cells.get(0).isBlank())) {
				continue;
			}
			if (cells.size() != COLUMNS.size()) {
				refused.add(new Refusal(line, "expected " + COLUMNS.size() + " columns, found " + cells.size()));
				continue;
			}
			List<String> value = cells.stream().map(RestructuringTable::normalised).toList();
			String problem = problem(value);
			if (problem != null) {
				refused.add(new Refusal(line, problem));
				continue;
			}
			rows.add(new Row(line, value.get(0), value.get(1), OLD_TYPES.get(value.get(2).toLowerCase()), value.get(3),
					value.get(4), value.get(5), value.get(6), value.get(7), value.get(8),
					NEW_TYPES.get(value.get(9).toLowerCase()), value.get(10), value.get(11),
					Boolean.parseBoolean(value.get(12)), value.get(13)));
		}
		return new Parsed(rows, refused);
	}

	private static String problem(List<String> value) {
		if (!OLD_TYPES.containsKey(value.get(2).toLowerCase())) {
			return "unknown old_type '" + value.get(2) + "'";
		}
		boolean district = OLD_TYPES.get(value.get(2).toLowerCase()).equals("RURAL_DISTRICT");
		if (!district && !value.get(0).matches("\\d{5}")) {
			return "old_code must be 5 digits, was '" + value.get(0) + "'";
		}
		if (!value.get(3).matches("\\d{3}")) {
			return "old_district_code must be 3 digits, was '" + value.get(3) + "'";
		}
		if (!value.get(5).matches("\\d{2}") || !value.get(10).matches("\\d{2}")) {
			return "province codes must be 2 digits";
		}
		if (!value.get(7).matches("\\d{5}")) {
			return "new_code must be 5 digits, was '" + value.get(7) + "'";
		}
		if (!NEW_TYPES.containsKey(value.get(9).toLowerCase())) {
			return "unknown new_type '" + value.get(9) + "'";
		}
		if (value.get(8).isBlank() || (!district && value.get(1).isBlank())) {
			return "a name is missing";
		}
		if (!value.get(12).equals("true") && !value.get(12).equals("false")) {
			return "partial must be true or false, was '" + value.get(12) + "'";
		}
		return null;
	}

	private static String normalised(String value) {
		return Normalizer.normalize(value, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
	}

	/**
	 * RFC 4180 records (commas, quoted fields with doubled quotes, line breaks inside
	 * quotes), read by Jackson's CSV parser; a leading byte order mark, which
	 * spreadsheets write, is not part of the first field.
	 */
	static List<List<String>> records(String text) throws IOException {
		String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
		List<List<String>> records = new ArrayList<>();
		try (MappingIterator<List<String>> rows = CSV.readerForListOf(String.class)
			.with(CsvParser.Feature.WRAP_AS_ARRAY)
			.readValues(body)) {
			while (rows.hasNext()) {
				records.add(rows.next());
			}
		}
		return records;
	}

}
