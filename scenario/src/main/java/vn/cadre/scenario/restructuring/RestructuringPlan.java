package vn.cadre.scenario.restructuring;

import java.util.List;
import java.util.Map;

/**
 * What an official restructuring table amounts to ({@link RestructuringPlanner}): the
 * commands, in the order they must go, and what the resolutions do, for the summary.
 * Registrations come by level (provinces, districts, communes): a unit names the one
 * above it as its parent, and units of one level do not depend on each other.
 */
public record RestructuringPlan(List<List<Command>> registrations, List<Resolution> resolutions,
		List<Command> dissolutions, int formed, int merges, int splits, int kept, int renamed) {

	public int registrationCount() {
		return this.registrations.stream().mapToInt(List::size).sum();
	}

	/** One command to send, and how a refusal of it names it. */
	public record Command(String path, Map<String, Object> body, String commandId, String what) {

	}

	/** A new province's resolution, and how many rows of the table it records. */
	public record Resolution(Command command, int rows) {

	}

}
