package vn.cadre.cli;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code cadre measures ...}: the report's figures and the lineage behind them
 * (reporting-service).
 */
@Command(name = "measures",
		description = "The report's measures per period and scope, as known at any time " + "(reporting-service).")
final class MeasureCommands {

	@ParentCommand
	Cadre cadre;

	@Command(name = "show", description = "Measures with their evidence.")
	int show(
			@Option(names = "--scope", defaultValue = "LINEAGE",
					description = "UNIT, LINEAGE, PROVINCE, LEVEL or COUNTRY (default ${DEFAULT-VALUE})") String scope,
			@Option(names = "--unit") String unitId, @Option(names = "--level") String level,
			@Option(names = "--period", description = "a period id (cadre measures periods)") String period,
			@Option(names = "--from") String from, @Option(names = "--until") String until,
			@Option(names = "--on", description = "count what held on this date instead") String on,
			@Option(names = "--known-at", description = "record time, e.g. 2026-06-30T00:00:00Z") String knownAt,
			@Option(names = "--csv", description = "a table as CSV: summary or a measure id") String table) {
		String query = "scope=" + scope.toUpperCase() + param("unitId", unitId) + param("level", level)
				+ param("period", period) + param("from", from) + param("until", until) + param("on", on)
				+ param("knownAt", knownAt);
		if (table != null) {
			return this.cadre.api()
				.get(this.cadre.reportingUrl, "/api/measures/csv?" + query + param("table", table),
						AnswerTypes.of("text/csv"));
		}
		return this.cadre.api().get(this.cadre.reportingUrl, "/api/measures?" + query);
	}

	@Command(name = "periods", description = "The named periods.")
	int periods() {
		return this.cadre.api().get(this.cadre.reportingUrl, "/api/periods");
	}

	@Command(name = "lineage", description = "A unit with every unit before and after it.")
	int lineage(@Parameters(paramLabel = "UNIT_ID") String unitId, @Option(names = "--as-of") String asOf) {
		return this.cadre.api()
			.get(this.cadre.reportingUrl,
					"/api/units/" + unitId + "/lineage" + ((asOf != null) ? "?asOf=" + asOf : ""));
	}

	private static String param(String name, String value) {
		return (value != null) ? "&" + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8) : "";
	}

}
