package vn.cadre.reporting.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import vn.cadre.reporting.measures.Measure;
import vn.cadre.reporting.measures.MeasureReport;
import vn.cadre.reporting.web.CsvCells;

/** The report in each export format. */
final class ReportWriters {

	private ReportWriters() {
	}

	static String markdown(List<ReportText.Block> blocks) {
		StringBuilder md = new StringBuilder();
		for (ReportText.Block block : blocks) {
			if (block instanceof ReportText.Heading heading) {
				md.append("#".repeat(heading.level())).append(' ').append(heading.text()).append("\n\n");
			}
			else if (block instanceof ReportText.Paragraph paragraph) {
				if (paragraph.lead() != null) {
					md.append(
							paragraph.text() == null ? "- *" + paragraph.lead() + "*" : "*" + paragraph.lead() + ":* ");
				}
				if (paragraph.text() != null) {
					md.append(paragraph.text());
				}
				md.append("\n\n");
			}
			else if (block instanceof ReportText.Table table) {
				md.append("**").append(table.title()).append("**\n\n");
				md.append("| ").append(String.join(" | ", table.header())).append(" |\n");
				md.append("|").append("---|".repeat(table.header().size())).append('\n');
				for (List<String> row : table.rows()) {
					md.append("| ")
						.append(row.stream().map(cell -> cell.replace("|", "\\|")).collect(Collectors.joining(" | ")))
						.append(" |\n");
				}
				md.append('\n');
			}
		}
		return md.toString();
	}

	/** Every figure as one row: period, measure, value, denominator, breakdown. */
	static String csv(ResultsReport report) {
		StringBuilder csv = new StringBuilder("period,from,until,measure,title,value,denominator,breakdown\r\n");
		for (MeasureReport part : parts(report)) {
			for (Measure measure : part.measures()) {
				csv.append(String.join(",", part.period().id(), part.period().from().toString(),
						part.period().until().toString(), measure.id(), CsvCells.quoted(measure.titleVi()),
						String.valueOf(measure.value()),
						(measure.denominator() != null) ? String.valueOf(measure.denominator()) : "",
						CsvCells.quoted(measure.breakdown()
							.entrySet()
							.stream()
							.map(entry -> entry.getKey() + "=" + entry.getValue())
							.collect(Collectors.joining("; ")))))
					.append("\r\n");
			}
		}
		return csv.toString();
	}

	/** A summary sheet, then one sheet per measure and period with its evidence rows. */
	static byte[] xlsx(ResultsReport report) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet summary = workbook.createSheet("Tong hop");
			row(summary, 0, "Kỳ", "Từ", "Đến", "Chỉ số", "Giá trị", "Mẫu số", "Chi tiết");
			int line = 1;
			for (MeasureReport part : parts(report)) {
				for (Measure measure : part.measures()) {
					row(summary, line++, part.period().titleVi(), part.period().from().toString(),
							part.period().until().toString(), measure.titleVi(), String.valueOf(measure.value()),
							(measure.denominator() != null) ? String.valueOf(measure.denominator()) : "",
							measure.breakdown().toString());
					if (!measure.evidence().isEmpty()) {
						Sheet sheet = workbook.createSheet(WorkbookUtil
							.createSafeSheetName((part == report.before() ? "Cu " : "Moi ") + measure.id()));
						row(sheet, 0, "Đơn vị", "Người (mã)", "Chức danh", "Nhiệm vụ", "Vị trí sự kiện", "Văn bản",
								"Ghi chú");
						int evidenceLine = 1;
						for (Measure.Evidence evidence : measure.evidence()) {
							row(sheet, evidenceLine++, evidence.unitName(), String.join(", ", evidence.personIds()),
									String.join(", ", evidence.postCodes()), String.join(", ", evidence.mandateIds()),
									evidence.positions()
										.stream()
										.map(String::valueOf)
										.collect(Collectors.joining(", ")),
									String.join(", ", evidence.legalBases()),
									(evidence.detail() != null) ? evidence.detail() : "");
						}
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	/** Laid out like the results section of the source report. */
	static byte[] docx(List<ReportText.Block> blocks) throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (ReportText.Block block : blocks) {
				if (block instanceof ReportText.Heading heading) {
					XWPFRun run = document.createParagraph().createRun();
					run.setBold(true);
					run.setFontSize((heading.level() == 1) ? 14 : 13);
					run.setText(heading.text());
				}
				else if (block instanceof ReportText.Paragraph paragraph) {
					XWPFParagraph created = document.createParagraph();
					if (paragraph.lead() != null) {
						XWPFRun lead = created.createRun();
						lead.setItalic(true);
						lead.setText((paragraph.text() == null) ? "- " + paragraph.lead() : paragraph.lead() + ": ");
					}
					if (paragraph.text() != null) {
						created.createRun().setText(paragraph.text());
					}
				}
				else if (block instanceof ReportText.Table table) {
					XWPFRun title = document.createParagraph().createRun();
					title.setBold(true);
					title.setText(table.title());
					XWPFTable grid = document.createTable(table.rows().size() + 1, table.header().size());
					for (int column = 0; column < table.header().size(); column++) {
						grid.getRow(0).getCell(column).setText(table.header().get(column));
					}
					for (int line = 0; line < table.rows().size(); line++) {
						for (int column = 0; column < table.header().size(); column++) {
							grid.getRow(line + 1).getCell(column).setText(table.rows().get(line).get(column));
						}
					}
				}
			}
			document.write(out);
			return out.toByteArray();
		}
	}

	private static List<MeasureReport> parts(ResultsReport report) {
		return (report.before() != null) ? List.of(report.before(), report.since()) : List.of(report.since());
	}

	private static void row(Sheet sheet, int index, String... cells) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < cells.length; i++) {
			row.createCell(i).setCellValue(cells[i]);
		}
	}

	static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
