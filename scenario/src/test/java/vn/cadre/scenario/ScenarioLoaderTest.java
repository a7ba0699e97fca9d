package vn.cadre.scenario;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ScenarioLoaderTest {

	private final List<String> sent = new ArrayList<>();

	private final Set<String> recorded = new HashSet<>();

	private Scenario scenario(String steps) throws Exception {
		return Scenario.read(new ByteArrayInputStream(
				("{\"id\":\"thu\",\"steps\":[" + steps + "]}").getBytes(StandardCharsets.UTF_8)));
	}

	/** A command API that remembers command ids and refuses one path. */
	private ScenarioLoader.Answer api(String path, Map<String, Object> body, String commandId) {
		this.sent.add(path + " " + commandId + " " + body);
		if (path.contains("refuse")) {
			return new ScenarioLoader.Answer(409, false, "bị từ chối", null);
		}
		return new ScenarioLoader.Answer(201, !this.recorded.add(commandId), "", 100L + this.sent.size());
	}

	@Test
	void steps_goToTheirPaths_underCommandIdsThatStayTheSame_andASecondLoadChangesNothing() throws Exception {
		Scenario scenario = scenario("""
				{"command":"register-unit","body":{"unitId":"u","code":"03390"}},
				{"command":"assign","body":{"unitId":"u","mandateId":"m","postCode":"PARTY_SECRETARY"}},
				{"command":"end-assignment","body":{"unitId":"u","mandateId":"m","lastDay":"2025-06-30"}}
				""");

		ScenarioLoader.Outcome first = ScenarioLoader.load(scenario, this::api, done -> {
		});
		ScenarioLoader.Outcome second = ScenarioLoader.load(scenario, this::api, done -> {
		});

		assertThat(this.sent.subList(0, 3)).containsExactly("/api/units scenario.thu.0001 {unitId=u, code=03390}",
				"/api/units/u/mandates scenario.thu.0002 {mandateId=m, postCode=PARTY_SECRETARY}",
				"/api/units/u/mandates/m/end scenario.thu.0003 {lastDay=2025-06-30}");
		assertThat(first.recorded()).isEqualTo(3);
		assertThat(second.recorded()).isZero();
		assertThat(second.alreadyRecorded()).isEqualTo(3);
		assertThat(second.complete()).isTrue();
		assertThat(first.position()).as("the last step's position").isEqualTo(103L);
	}

	@Test
	void theFirstRefusedStep_stopsTheLoad_andIsNamed() throws Exception {
		Scenario scenario = scenario("""
				{"command":"register-unit","body":{"unitId":"u"}},
				{"command":"rename-unit","body":{"unitId":"refuse","name":"X"}},
				{"command":"register-unit","body":{"unitId":"v"}}
				""");

		ScenarioLoader.Outcome outcome = ScenarioLoader.load(scenario, this::api, done -> {
		});

		assertThat(outcome.complete()).isFalse();
		assertThat(outcome.refusedStep()).isEqualTo(2);
		assertThat(outcome.refusedCommand()).isEqualTo("rename-unit");
		assertThat(outcome.problem()).isEqualTo("bị từ chối");
		assertThat(this.sent).hasSize(2);
		assertThat(outcome.position()).as("what the steps before the refusal stored").isEqualTo(101L);
	}

	@Test
	void anUnknownCommand_orAMissingId_isRefusedBeforeAnythingIsSent() throws Exception {
		ScenarioLoader.Outcome unknown = ScenarioLoader.load(scenario("{\"command\":\"launch\",\"body\":{}}"),
				this::api, done -> {
				});
		ScenarioLoader.Outcome noUnit = ScenarioLoader.load(scenario("{\"command\":\"assign\",\"body\":{}}"), this::api,
				done -> {
				});

		assertThat(unknown.problem()).contains("unknown command 'launch'");
		assertThat(noUnit.problem()).contains("no unitId");
		assertThat(this.sent).isEmpty();
	}

	@Test
	void aScenarioNeedsAnIdThatCanBePartOfACommandId() {
		assertThat(new Scenario("binh-lu", null, null, null, List.of()).commandId(16))
			.isEqualTo("scenario.binh-lu.0017");
		assertThatIllegalArgumentException().isThrownBy(() -> new Scenario("bad id!", null, null, null, List.of()));
	}

}
