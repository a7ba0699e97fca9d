package vn.cadre.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A scenario: its id (part of every step's command id), a title, the date of the report
 * it reproduces ({@code yyyy-MM-dd}, for its readers: the steps carry their own dates),
 * notes on the facts it chose, and its steps in order.
 */
public record Scenario(String id, String title, String reportDate, List<String> notes, List<Step> steps) {

	private static final ObjectMapper JSON = new ObjectMapper()
		.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

	/**
	 * One command of the API: its name (see {@link ScenarioSteps}) and its request body.
	 */
	public record Step(String command, Map<String, Object> body) {

	}

	public Scenario {
		if (id == null || !id.matches("[A-Za-z0-9][A-Za-z0-9-]{0,40}")) {
			throw new IllegalArgumentException("a scenario needs an id of letters, digits and dashes, was " + id);
		}
		notes = (notes != null) ? List.copyOf(notes) : List.of();
		steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
	}

	public static Scenario read(InputStream json) throws IOException {
		return JSON.readValue(json, Scenario.class);
	}

	/** The command id of step {@code index} (from 0): the same on every load. */
	public String commandId(int index) {
		return "scenario." + this.id + "." + String.format("%04d", index + 1);
	}

}
