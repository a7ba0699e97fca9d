package vn.cadre.reporting.report;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import vn.cadre.reporting.measures.Measure;
import vn.cadre.reporting.measures.MeasureReport;
import vn.cadre.reporting.measures.Period;
import vn.cadre.reporting.measures.Scope;
import vn.cadre.reporting.units.UnitView;

import static org.assertj.core.api.Assertions.assertThat;

/** The report's wording from known figures, and each export read back. */
class ReportWritersTest {

	private static final Instant KNOWN_AT = Instant.parse("2026-06-30T01:00:00Z");

	private static UnitView unit(String id, String name, String type, LocalDate from, LocalDate until) {
		return new UnitView(id, "03390", name, List.of(), type, List.of(), "COMMUNE", null, List.of(), from, until,
				null, List.of(), List.of(), "d", 1, KNOWN_AT);
	}

	private static Measure measure(String id, long value, Long denominator, Map<String, Long> breakdown,
			List<Measure.Evidence> evidence) {
		return new Measure(id, "Tiêu đề " + id, id, value, denominator, breakdown, evidence);
	}

	private static List<Measure> measures(long secretaryOrDeputy, long nonLocal, Map<String, Long> byPost,
			Map<String, Long> pairs, long briefings, long attendances, List<Measure.Evidence> evidence) {
		return List.of(measure("SECRETARY_CHAIRS_COUNCIL", secretaryOrDeputy, 3L, Map.of(), evidence),
				measure("DEPUTY_SECRETARY_CHAIRS_COUNCIL", 0, 3L, Map.of(), List.of()),
				measure("STANDING_MEMBER_CHAIRS_COUNCIL", 0, 3L, Map.of(), List.of()),
				measure("SECRETARY_OR_DEPUTY_CHAIRS_COUNCIL", secretaryOrDeputy, 3L, Map.of(), evidence),
				measure("SECRETARY_CHAIRS_COMMITTEE", 0, 3L, Map.of(), List.of()),
				measure("NON_LOCAL_KEY_POSTS", nonLocal, null, byPost, evidence),
				measure("NON_LOCAL_KEY_POST_HOLDERS", nonLocal, null, byPost, evidence),
				measure("CONCURRENT_HOLDINGS", pairs.size(), null, pairs, List.of()),
				measure("BRIEFINGS", briefings, null, Map.of("35-CT/TW", briefings), List.of()),
				measure("BRIEFING_ATTENDANCES", attendances, null, Map.of("35-CT/TW", attendances), List.of()));
	}

	private ResultsReport report() {
		List<UnitView> old = List.of(
				unit("tt", "Tam Đường", "TOWNSHIP", LocalDate.of(2004, 1, 1), LocalDate.of(2025, 6, 30)),
				unit("bl", "Bình Lư", "COMMUNE", LocalDate.of(2004, 1, 1), LocalDate.of(2025, 6, 30)));
		List<Measure.Evidence> evidence = List.of(
				new Measure.Evidence("tt", "Tam Đường", List.of("can-bo-01"), List.of("PARTY_SECRETARY"), List.of("m1"),
						List.of(57L), List.of("15-QĐ/HU"), "x"),
				new Measure.Evidence("bl", "Bình Lư", List.of("can-bo-11"), List.of("PARTY_SECRETARY"), List.of("m2"),
						List.of(67L), List.of("15-QĐ/HU"), "y"));
		MeasureReport before = new MeasureReport(Scope.LINEAGE, "new", null,
				new Period("before", "", "", LocalDate.of(2017, 1, 1), LocalDate.of(2025, 6, 30)), null, KNOWN_AT,
				List.of("new", "tt", "bl"), measures(2, 2, Map.of("PARTY_SECRETARY", 2L), Map.of(), 2, 89, evidence));
		MeasureReport since = new MeasureReport(Scope.UNIT, "new", null,
				new Period("since", "", "", LocalDate.of(2025, 7, 1), LocalDate.of(2026, 6, 30)), null, KNOWN_AT,
				List.of("new"),
				measures(1, 1, Map.of("POLICE_CHIEF", 1L),
						Map.of("COUNCIL_CHAIR + PARTY_SECRETARY", 1L, "FARMERS_UNION_CHAIR + FRONT_VICE_CHAIR", 1L), 1,
						200, List.of()));
		return new ResultsReport(unit("new", "Bình Lư", "COMMUNE", LocalDate.of(2025, 7, 1), null), old, before, since,
				KNOWN_AT);
	}

	@Test
	void markdown_saysTheFiguresInTheReportsWords() {
		String markdown = ReportWriters.markdown(ReportText.build(report()));

		assertThat(markdown).contains("Giai đoạn từ ngày 01/01/2017 đến ngày 30/06/2025 (áp dụng theo mô hình xã cũ)")
			.contains("Giai đoạn từ ngày 01/07/2025 đến ngày 30/06/2026 (vận hành theo mô hình chính quyền")
			.doesNotContain("đến nay")
			.contains("Có 2/3 xã (gồm Bình Lư và thị trấn Tam Đường)")
			.contains("đã tổ chức 02 hội nghị tuyên truyền, phổ biến với 89 lượt người tham gia")
			.contains("Phó Chủ tịch Ủy ban Mặt trận Tổ quốc kiêm Chủ tịch Hội Nông dân")
			.doesNotContain("Bí thư cấp ủy kiêm Chủ tịch Hội đồng nhân dân")
			.contains("gồm các chức danh: Bí thư cấp ủy 02")
			.contains("Xã đang thực hiện bố trí 01 chức danh trọng yếu")
			.contains("| Tam Đường | can-bo-01 | Bí thư cấp ủy | m1 | 57 | 15-QĐ/HU | x |")
			.doesNotContain("::");
	}

	@Test
	void xlsx_hasASummaryAndOneSheetPerMeasureWithEvidence() throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ReportWriters.xlsx(report())))) {
			assertThat(workbook.getSheetName(0)).isEqualTo("Tong hop");
			assertThat(workbook.getSheet("Cu NON_LOCAL_KEY_POSTS").getRow(1).getCell(1).getStringCellValue())
				.isEqualTo("can-bo-01");
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(20);
		}
	}

	@Test
	void docx_holdsTheSameText() throws Exception {
		try (XWPFDocument document = new XWPFDocument(
				new ByteArrayInputStream(ReportWriters.docx(ReportText.build(report()))))) {
			String text = String.join("\n", document.getParagraphs().stream().map(XWPFParagraph::getText).toList());
			assertThat(text).contains("2. Kết quả").contains("Có 2/3 xã (gồm Bình Lư và thị trấn Tam Đường)");
			assertThat(document.getTables()).isNotEmpty();
		}
	}

	@Test
	void csv_hasOneRowPerFigure() {
		String csv = ReportWriters.csv(report());

		assertThat(csv.split("\r\n")).hasSize(1 + 20);
		assertThat(csv).contains("before,2017-01-01,2025-06-30,NON_LOCAL_KEY_POSTS,\"Tiêu đề NON_LOCAL_KEY_POSTS\",2,,"
				+ "\"PARTY_SECRETARY=2\"");
	}

}
