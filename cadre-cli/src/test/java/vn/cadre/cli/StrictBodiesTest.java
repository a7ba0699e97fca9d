package vn.cadre.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The services refuse a body with a field their request record does not have, a number
 * written as a string or with a fraction, or a date not written yyyy-MM-dd: what the
 * client sends stays within those, and a date written otherwise is refused before
 * anything is sent.
 */
class StrictBodiesTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Set<String> DATES = Set.of("from", "until", "lastDay", "heldOn", "issuedOn", "effectiveOn",
			"establishedOn", "hometownOn", "birthplaceOn");

	private static final Set<String> WHOLE_NUMBERS = Set.of("birthYear", "attendances");

	@TempDir
	static Path files;

	private StubService service;

	private final StringWriter err = new StringWriter();

	@BeforeEach
	void service() throws IOException {
		this.service = new StubService();
		this.service.answer("POST /api/", 201, Map.of(), "{}");
	}

	@AfterEach
	void stop() {
		this.service.close();
	}

	static Stream<SentCommands.SentCommand> commands() throws IOException {
		return SentCommands.all(files).stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("commands")
	void everyBody_holdsOnlyTheRequestsFields_withDatesAsIsoStrings_andNumbersAsNumbers(
			SentCommands.SentCommand command) throws IOException {
		List<String> args = new ArrayList<>(command.args());
		args.addAll(List.of("--reason", "Điều chỉnh theo Tờ trình"));

		assertThat(run(args)).as(this.err.toString()).isZero();

		JsonNode body = JSON.readTree(this.service.requests().get(0).body());
		Set<String> sent = new TreeSet<>();
		check(body, "", sent);
		assertThat(command.fields()).as("fields of the request record").containsAll(sent);
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "--from, 1/7/2025", "--until, 2025-7-1", "--from, 20250701", "--from, 2025-02-30" })
	void aDateWrittenAnotherWay_isRefusedBeforeAnythingIsSent(String option, String date) {
		int exit = run(List.of("mandates", "assign", "--unit", "binh-lu", "--post", "PARTY_SECRETARY", "--person",
				"can-bo-07", "--from", "2025-07-01", "--basis", SentCommands.BASIS, option, date));

		assertThat(exit).isEqualTo(CommandLine.ExitCode.USAGE);
		assertThat(this.err.toString()).contains(option, "yyyy-MM-dd", date);
		assertThat(this.service.requests()).isEmpty();
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "mandates end --cause, FIRED, TERM_ENDED", "units retype --type, HAMLET, SPECIAL_ZONE",
			"documents register --kind, MEMO, OFFICIAL_LETTER", "mandates assign --locality, HALF_LOCAL, NON_LOCAL" })
	void aValueTheKernelDoesNotHave_isRefusedBeforeAnythingIsSent_listingThoseItHas(String command, String value,
			String listed) throws IOException {
		String option = command.substring(command.lastIndexOf(' ') + 1);
		List<String> args = SentCommands.all(files)
			.stream()
			.filter(sent -> command.startsWith(sent.toString()))
			.findFirst()
			.orElseThrow()
			.args();
		List<String> changed = new ArrayList<>(args);
		changed.set(changed.indexOf(option) + 1, value);

		int exit = run(changed);

		assertThat(exit).isEqualTo(CommandLine.ExitCode.USAGE);
		assertThat(this.err.toString()).contains(option, value, listed);
		assertThat(this.service.requests()).isEmpty();
	}

	/** Collects the field names, and checks each date and whole number on the way. */
	private static void check(JsonNode node, String prefix, Set<String> names) {
		if (node.isArray()) {
			node.forEach(item -> check(item, prefix + "[]", names));
			if (node.isEmpty() || !node.get(0).isObject()) {
				names.add(prefix + "[]");
			}
			return;
		}
		if (!node.isObject()) {
			names.add(prefix);
			return;
		}
		for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
			Map.Entry<String, JsonNode> field = fields.next();
			String name = field.getKey();
			if (DATES.contains(name)) {
				assertThat(field.getValue().isTextual() && field.getValue().asText().matches("\\d{4}-\\d{2}-\\d{2}"))
					.as(name + " as yyyy-MM-dd: " + field.getValue())
					.isTrue();
			}
			if (WHOLE_NUMBERS.contains(name)) {
				assertThat(field.getValue().isIntegralNumber()).as(name + " as a whole number: " + field.getValue())
					.isTrue();
			}
			check(field.getValue(), prefix.isEmpty() ? name : prefix + "." + name, names);
		}
	}

	private int run(List<String> args) {
		CommandLine cadre = Cadre.commandLine();
		cadre.setOut(new PrintWriter(new StringWriter()));
		cadre.setErr(new PrintWriter(this.err));
		List<String> all = new ArrayList<>(List.of("--assignments-url", this.service.url(), "--password-file",
				files.resolve("absent").toString(), "--position-file", files.resolve("position").toString()));
		all.addAll(args);
		return cadre.execute(all.toArray(String[]::new));
	}

}
