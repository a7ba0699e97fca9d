package vn.cadre.reporting.measures;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * A measures answer as the files a dashboard downloads: the figures a page shows, as a
 * spreadsheet (with a sheet of evidence per figure) or a document.
 */
final class MeasureFiles {

	private static final List<String> HEADER = List.of("Chỉ số", "Giá trị", "Mẫu số", "Chi tiết");

	private static final List<String> EVIDENCE_HEADER = List.of("Đơn vị", "Người (mã)", "Chức danh", "Nhiệm vụ",
			"Vị trí sự kiện", "Văn bản", "Ghi chú");

	private MeasureFiles() {
	}

	static byte[] xlsx(MeasureReport report) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet summary = workbook.createSheet("Tong hop");
			row(summary, 0, List.of("Kỳ", title(report.period())));
			row(summary, 1, List.of("Từ", String.valueOf(report.period().from()), "Đến",
					(report.period().until() != null) ? String.valueOf(report.period().until()) : ""));
			row(summary, 3, HEADER);
			int line = 4;
			for (Measure measure : report.measures()) {
				row(summary, line++, cells(measure));
				if (!measure.evidence().isEmpty()) {
					Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(measure.id()));
					row(sheet, 0, EVIDENCE_HEADER);
					int evidenceLine = 1;
					for (Measure.Evidence evidence : measure.evidence()) {
						row(sheet, evidenceLine++, cells(evidence));
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	static byte[] docx(MeasureReport report) throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XWPFRun heading = document.createParagraph().createRun();
			heading.setBold(true);
			heading.setFontSize(14);
			heading.setText("Số liệu: " + title(report.period()));
			document.createParagraph()
				.createRun()
				.setText("Từ " + report.period().from()
						+ ((report.period().until() != null) ? " đến " + report.period().until() : ""));
			List<List<String>> rows = new ArrayList<>();
			rows.add(HEADER);
			report.measures().forEach(measure -> rows.add(cells(measure)));
			XWPFTable table = document.createTable(rows.size(), HEADER.size());
			for (int line = 0; line < rows.size(); line++) {
				for (int column = 0; column < HEADER.size(); column++) {
					table.getRow(line).getCell(column).setText(rows.get(line).get(column));
				}
			}
			document.write(out);
			return out.toByteArray();
		}
	}

	private static String title(Period period) {
		return (period.titleVi() != null) ? period.titleVi() : "Tùy chọn";
	}

	private static List<String> cells(Measure measure) {
		return List.of(measure.titleVi(), String.valueOf(measure.value()),
				(measure.denominator() != null) ? String.valueOf(measure.denominator()) : "",
				measure.breakdown()
					.entrySet()
					.stream()
					.map(entry -> entry.getKey() + ": " + entry.getValue())
					.collect(Collectors.joining("; ")));
	}

	private static List<String> cells(Measure.Evidence evidence) {
		return List.of(evidence.unitName(), String.join(", ", evidence.personIds()),
				String.join(", ", evidence.postCodes()), String.join(", ", evidence.mandateIds()),
				evidence.positions().stream().map(String::valueOf).collect(Collectors.joining(", ")),
				String.join(", ", evidence.legalBases()), (evidence.detail() != null) ? evidence.detail() : "");
	}

	private static void row(Sheet sheet, int index, List<String> cells) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < cells.size(); i++) {
			row.createCell(i).setCellValue(cells.get(i));
		}
	}

}
