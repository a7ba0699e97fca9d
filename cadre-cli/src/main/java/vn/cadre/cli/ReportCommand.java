package vn.cadre.cli;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code cadre report}: section "2. Kết quả" of the report for a unit and its
 * predecessors, from reporting-service.
 */
@Command(name = "report",
		description = "Render the report's results (section 2, with the briefing figures of I.1) for a unit and its "
				+ "predecessors, as known at a time: Markdown or CSV on the screen, or XLSX/DOCX to a file.")
final class ReportCommand implements Callable<Integer> {

	@ParentCommand
	Cadre cadre;

	@Option(names = "--unit", required = true, description = "the unit (its predecessors are included)")
	String unitId;

	@Option(names = "--since", defaultValue = "2017-01-01",
			description = "first day counted (default ${DEFAULT-VALUE})")
	String since;

	@Option(names = "--until", description = "last day counted (default today)")
	String until;

	@Option(names = "--known-at", description = "record time, e.g. 2026-06-30T00:00:00Z (default now)")
	String knownAt;

	@Option(names = "--format", defaultValue = "md", description = "md, csv, xlsx or docx (default ${DEFAULT-VALUE})")
	String format;

	@Option(names = "--output", description = "write to this file (required for xlsx and docx)")
	Path output;

	@Override
	public Integer call() {
		String path = "/api/units/" + this.unitId + "/report?format=" + this.format + "&since=" + this.since
				+ ((this.until != null) ? "&until=" + this.until : "")
				+ ((this.knownAt != null) ? "&knownAt=" + URLEncoder.encode(this.knownAt, StandardCharsets.UTF_8) : "");
		if (this.output != null) {
			return this.cadre.api().download(this.cadre.reportingUrl, path, this.output, types());
		}
		if (this.format.equals("xlsx") || this.format.equals("docx")) {
			this.cadre.err().println("--output FILE is needed for " + this.format);
			this.cadre.err().flush();
			return Api.REFUSED;
		}
		return this.cadre.api().get(this.cadre.reportingUrl, path, types());
	}

	/**
	 * What each format is served as; an unknown format is left to the service to refuse.
	 */
	private AnswerTypes types() {
		return switch (this.format) {
			case "md" -> AnswerTypes.of("text/markdown");
			case "csv" -> AnswerTypes.of("text/csv");
			case "xlsx" -> AnswerTypes.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
			case "docx" -> AnswerTypes.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
			default -> AnswerTypes.JSON;
		};
	}

}
