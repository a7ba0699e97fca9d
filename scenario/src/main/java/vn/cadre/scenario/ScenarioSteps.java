package vn.cadre.scenario;

import java.util.Map;

/**
 * Where each step of a scenario goes in the command API. Ids that the API takes in its
 * path are taken out of the step's body.
 */
public final class ScenarioSteps {

	private ScenarioSteps() {
	}

	/** The API path of a step; removes the ids the path carries from {@code body}. */
	public static String path(String command, Map<String, Object> body) {
		switch (String.valueOf(command)) {
			case "register-document":
				return "/api/documents";
			case "register-unit":
				return "/api/units";
			case "register-person":
				return "/api/people";
			case "correct-origin":
				return "/api/people/" + take(body, "personId") + "/origin";
			case "rename-unit":
				return "/api/units/" + take(body, "unitId") + "/rename";
			case "retype-unit":
				return "/api/units/" + take(body, "unitId") + "/retype";
			case "reparent-unit":
				return "/api/units/" + take(body, "unitId") + "/reparent";
			case "dissolve-unit":
				return "/api/units/" + take(body, "unitId") + "/dissolve";
			case "merge-communes":
				return "/api/restructurings/mergers";
			case "restructure":
				return "/api/restructurings";
			case "assign":
				return "/api/units/" + take(body, "unitId") + "/mandates";
			case "end-assignment":
				return "/api/units/" + take(body, "unitId") + "/mandates/" + take(body, "mandateId") + "/end";
			case "correct-assignment":
				return "/api/units/" + take(body, "unitId") + "/mandates/" + take(body, "mandateId") + "/correct";
			case "rescind-assignment":
				return "/api/units/" + take(body, "unitId") + "/mandates/" + take(body, "mandateId") + "/rescind";
			case "record-briefing":
				return "/api/units/" + take(body, "unitId") + "/briefings";
			default:
				throw new IllegalArgumentException("unknown command '" + command + "'");
		}
	}

	private static String take(Map<String, Object> body, String field) {
		Object value = body.remove(field);
		if (value == null || String.valueOf(value).isBlank()) {
			throw new IllegalArgumentException("the step has no " + field);
		}
		return String.valueOf(value);
	}

}
