package vn.cadre.scenario;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Sends a scenario's steps in order through the command API. The first step refused stops
 * the load; the steps before it stay recorded, and loading again resumes after them,
 * since every step keeps its command id.
 */
public final class ScenarioLoader {

	/** How a step reaches the command API. */
	public interface Transport {

		Answer send(String path, Map<String, Object> body, String commandId) throws IOException;

	}

	/**
	 * The API's answer to one step; {@code position} is the global position of the last
	 * event the step stored ({@code Cadre-Position}), null when the answer names none.
	 */
	public record Answer(int status, boolean replayed, String detail, Long position) {

		public boolean accepted() {
			return this.status < 400;
		}

	}

	/**
	 * What a load did: steps sent, how many had been recorded before, the step refused,
	 * if any (numbered from 1), and the highest position the accepted steps stored, if
	 * any.
	 */
	public record Outcome(String scenario, int steps, int recorded, int alreadyRecorded, Integer refusedStep,
			String refusedCommand, Integer refusedStatus, String problem, Long position) {

		public boolean complete() {
			return this.refusedStep == null;
		}

	}

	private ScenarioLoader() {
	}

	public static Outcome load(Scenario scenario, Transport transport, IntConsumer progress) throws IOException {
		int replayed = 0;
		Long position = null;
		for (int i = 0; i < scenario.steps().size(); i++) {
			Scenario.Step step = scenario.steps().get(i);
			Map<String, Object> body = new LinkedHashMap<>((step.body() != null) ? step.body() : Map.of());
			String path;
			try {
				path = ScenarioSteps.path(step.command(), body);
			}
			catch (IllegalArgumentException ex) {
				return new Outcome(scenario.id(), i, i - replayed, replayed, i + 1, step.command(), 400,
						ex.getMessage(), position);
			}
			Answer answer = transport.send(path, body, scenario.commandId(i));
			if (!answer.accepted()) {
				return new Outcome(scenario.id(), i, i - replayed, replayed, i + 1, step.command(), answer.status(),
						answer.detail(), position);
			}
			if (answer.position() != null && (position == null || answer.position() > position)) {
				position = answer.position();
			}
			replayed += answer.replayed() ? 1 : 0;
			progress.accept(i + 1);
		}
		int steps = scenario.steps().size();
		return new Outcome(scenario.id(), steps, steps - replayed, replayed, null, null, null, null, position);
	}

}
