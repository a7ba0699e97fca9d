package vn.cadre.reporting.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import vn.cadre.reporting.measures.Measure;
import vn.cadre.reporting.measures.MeasureReport;
import vn.cadre.reporting.measures.Period;
import vn.cadre.reporting.units.UnitView;

import static vn.cadre.reporting.report.ReportWords.capitalised;
import static vn.cadre.reporting.report.ReportWords.display;
import static vn.cadre.reporting.report.ReportWords.keyPosts;
import static vn.cadre.reporting.report.ReportWords.names;
import static vn.cadre.reporting.report.ReportWords.two;

/**
 * The report's wording, built from the figures: headings, paragraphs and evidence tables,
 * the same for every format.
 */
final class ReportText {

	/**
	 * The policy's own pairs, which the report does not list among the other concurrent
	 * holdings.
	 */
	private static final Set<String> POLICY_PAIRS = Set.of("COUNCIL_CHAIR + PARTY_SECRETARY",
			"COUNCIL_CHAIR + PARTY_DEPUTY_SECRETARY", "COUNCIL_CHAIR + PARTY_STANDING_MEMBER",
			"COMMITTEE_CHAIR + PARTY_SECRETARY");

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("M/yyyy");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	/** One piece of the document. */
	sealed interface Block permits Heading, Paragraph, Table {

	}

	record Heading(int level, String text) implements Block {

	}

	/** A paragraph; a lead, when given, is set in italics before the text. */
	record Paragraph(String lead, String text) implements Block {

	}

	record Table(String title, List<String> header, List<List<String>> rows) implements Block {

	}

	private ReportText() {
	}

	/** The days a period counts, as the report names them: both ends, every time. */
	static String days(Period period) {
		return "từ ngày " + DAY.format(period.from()) + " đến ngày " + DAY.format(period.until());
	}

	static List<Block> build(ResultsReport report) {
		List<Block> blocks = new ArrayList<>();
		UnitView unit = report.unit();
		MeasureReport before = report.before();
		MeasureReport since = report.since();
		LocalDate formed = unit.establishedOn();
		String beforeSpan = (before != null) ? "Giai đoạn " + days(before.period()) + " (áp dụng theo mô hình xã cũ)"
				: null;
		String sinceSpan = "Giai đoạn " + days(since.period())
				+ " (vận hành theo mô hình chính quyền địa phương 02 cấp)";
		blocks.add(new Heading(1, "Báo cáo kết quả thực hiện — " + display(unit, true)));
		blocks.add(new Paragraph(null,
				"Số liệu theo dữ liệu được ghi nhận đến "
						+ report.knownAt()
							.atZone(ZoneId.of("Asia/Ho_Chi_Minh"))
							.format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"))
						+ "; tính đến ngày " + DateTimeFormatter.ofPattern("dd/MM/yyyy").format(since.period().until())
						+ ". Mỗi số liệu có bảng căn cứ ở cuối báo cáo."));

		blocks.add(new Heading(2, "I.1. Công tác quán triệt, lãnh đạo, chỉ đạo"));
		if (before != null) {
			Measure conferences = before.measure("BRIEFINGS");
			Measure attendances = before.measure("BRIEFING_ATTENDANCES");
			blocks.add(new Paragraph(null,
					"Trong giai đoạn thực hiện theo mô hình xã cũ, " + names(report.predecessors()) + " đã tổ chức "
							+ two(conferences.value()) + " hội nghị tuyên truyền, phổ biến với " + attendances.value()
							+ " lượt người tham gia."));
			for (Map.Entry<String, Long> document : conferences.breakdown().entrySet()) {
				blocks.add(new Paragraph(null,
						"Thực hiện văn bản số " + document.getKey() + ": " + two(document.getValue()) + " hội nghị với "
								+ attendances.breakdown().getOrDefault(document.getKey(), 0L)
								+ " lượt người tham gia."));
			}
		}
		Measure held = since.measure("BRIEFINGS");
		blocks.add(new Paragraph(null,
				"Sau khi " + display(unit, false) + " đi vào hoạt động (từ tháng " + MONTH.format(formed)
						+ "), đã tổ chức " + two(held.value()) + " hội nghị quán triệt với "
						+ since.measure("BRIEFING_ATTENDANCES").value() + " lượt người tham gia."));

		blocks.add(new Heading(2, "2. Kết quả"));
		blocks.add(new Paragraph(
				"Kết quả bố trí số lượng bí thư cấp ủy đồng thời là chủ tịch HĐND; phó bí thư cấp ủy đồng thời là chủ "
						+ "tịch HĐND; ủy viên ban thường vụ là chủ tịch HĐND (nếu có) ở các cấp",
				null));
		if (before != null) {
			Measure either = before.measure("SECRETARY_OR_DEPUTY_CHAIRS_COUNCIL");
			blocks.add(new Paragraph(beforeSpan, "Có " + either.value() + "/" + either.denominator() + " xã (gồm "
					+ names(units(report.predecessors(), either)) + ") đã thực hiện chủ trương Bí thư, Phó Bí thư "
					+ "Đảng ủy kiêm Chủ tịch Hội đồng nhân dân xã (Bí thư: "
					+ before.measure("SECRETARY_CHAIRS_COUNCIL").value() + "; Phó Bí thư: "
					+ before.measure("DEPUTY_SECRETARY_CHAIRS_COUNCIL").value() + "; Ủy viên Ban Thường vụ: "
					+ before.measure("STANDING_MEMBER_CHAIRS_COUNCIL").value() + ")."));
		}
		Measure chairs = since.measure("SECRETARY_CHAIRS_COUNCIL");
		blocks.add(new Paragraph(sinceSpan, capitalised(display(unit, false)) + ((chairs.value() > 0)
				? " tiếp tục duy trì và thực hiện mô hình Bí thư Đảng ủy đồng thời là Chủ tịch Hội đồng nhân dân "
						+ "cấp xã (" + chairs.value() + "/" + chairs.denominator() + ")."
				: " chưa thực hiện mô hình Bí thư Đảng ủy đồng thời là Chủ tịch Hội đồng nhân dân cấp xã.")));
		List<String> others = since.measure("CONCURRENT_HOLDINGS")
			.breakdown()
			.keySet()
			.stream()
			.filter(pair -> !POLICY_PAIRS.contains(pair))
			.map(ReportWords::pair)
			.toList();
		if (!others.isEmpty()) {
			blocks
				.add(new Paragraph(null, "Bên cạnh đó, xã thực hiện mô hình kiêm nhiệm ở các vị trí lãnh đạo khác như: "
						+ String.join("; ", others) + "."));
		}

		long committeeBefore = (before != null) ? before.measure("SECRETARY_CHAIRS_COMMITTEE").value() : 0;
		long committeeSince = since.measure("SECRETARY_CHAIRS_COMMITTEE").value();
		blocks.add(new Paragraph(
				"Kết quả thực hiện, số lượng cụ thể về việc bố trí bí thư cấp ủy đồng thời là chủ tịch UBND ở cấp xã",
				(committeeBefore + committeeSince == 0) ? "Đảng bộ xã không thực hiện mô hình này." : "mô hình xã cũ: "
						+ committeeBefore + " xã; từ tháng " + MONTH.format(formed) + ": " + committeeSince + " xã."));

		blocks
			.add(new Paragraph("Kết quả thực hiện, số lượng cụ thể về việc bố trí bí thư cấp ủy, chủ tịch ủy ban nhân "
					+ "dân và một số chức danh khác không là người địa phương (Chủ nhiệm ủy ban kiểm tra cấp ủy; cấp trưởng "
					+ "các cơ quan, đơn vị: Công an, quân sự, tòa án nhân dân, viện kiểm sát nhân dân, thanh tra và chức danh "
					+ "khác nếu có).", null));
		if (before != null) {
			Measure slots = before.measure("NON_LOCAL_KEY_POSTS");
			List<UnitView> counted = units(report.predecessors(), slots);
			blocks.add(new Paragraph(beforeSpan,
					"Có " + counted.size() + "/" + before.measure("SECRETARY_CHAIRS_COUNCIL").denominator()
							+ " xã (gồm " + names(counted) + ") đã thực hiện bố trí " + slots.value()
							+ " chức danh trọng yếu không phải là người địa phương, gồm các chức danh: "
							+ keyPosts(slots.breakdown(), true) + "."));
		}
		Measure now = since.measure("NON_LOCAL_KEY_POSTS");
		blocks.add(new Paragraph(sinceSpan,
				"Xã đang thực hiện bố trí " + two(now.value())
						+ " chức danh trọng yếu không phải là người địa phương, gồm các chức danh: "
						+ keyPosts(now.breakdown(), false) + "."));

		blocks.add(new Heading(2, "Căn cứ số liệu"));
		if (before != null) {
			evidence(blocks, "Mô hình xã cũ, " + days(before.period()), before);
		}
		evidence(blocks, capitalised(days(since.period())), since);
		return blocks;
	}

	private static void evidence(List<Block> blocks, String when, MeasureReport report) {
		for (Measure measure : report.measures()) {
			if (measure.evidence().isEmpty()) {
				continue;
			}
			blocks.add(new Table(when + " — " + measure.titleVi() + " (" + measure.value() + ")",
					List.of("Đơn vị", "Người (mã)", "Chức danh", "Nhiệm vụ", "Vị trí sự kiện", "Văn bản", "Ghi chú"),
					measure.evidence()
						.stream()
						.map(row -> List.of(row.unitName(), String.join(", ", row.personIds()),
								row.postCodes().stream().map(ReportWords::title).collect(Collectors.joining(", ")),
								String.join(", ", row.mandateIds()),
								row.positions().stream().map(String::valueOf).collect(Collectors.joining(", ")),
								String.join(", ", row.legalBases()), (row.detail() != null) ? row.detail() : ""))
						.toList()));
		}
	}

	/** The units of {@code all} that appear in a measure's evidence, communes first. */
	private static List<UnitView> units(List<UnitView> all, Measure measure) {
		Set<String> ids = new LinkedHashSet<>();
		measure.evidence().forEach(row -> ids.add(row.unitId()));
		return all.stream().filter(unit -> ids.contains(unit.unitId())).toList();
	}

}
