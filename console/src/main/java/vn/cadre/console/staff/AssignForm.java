package vn.cadre.console.staff;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;
import vn.cadre.console.api.CommandSide;

/**
 * The form that assigns a person to a post in a unit, as typed.
 *
 * @param unitLabel what the unit picker shows, kept so a form shown again reads the same
 * @param concurrent whether the decision appoints concurrently (kiêm nhiệm); an unticked
 * box is sent as "not said", since a box cannot tell "no" from a decision that is silent
 * @param commandId the id the form was shown with: a second submission of the same form
 * stores nothing twice
 */
public record AssignForm(String unitId, String unitLabel, String postCode, String personId,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from, Boolean concurrent, String legalBasis,
		String reason, String commandId) {

	/** The fields the page shows; a refusal's words go next to one of them. */
	static final Set<String> FIELDS = Set.of("unitId", "postCode", "personId", "from", "concurrent", "legalBasis",
			"reason");

	static AssignForm blank() {
		return new AssignForm(null, null, null, null, null, false, null, null, CommandSide.newCommandId());
	}

	/** The same values under a new command id, for a form shown again after a refusal. */
	AssignForm again() {
		return new AssignForm(this.unitId, this.unitLabel, this.postCode, this.personId, this.from, this.concurrent,
				this.legalBasis, this.reason, CommandSide.newCommandId());
	}

	/** The same form, with the unit picker's text. */
	AssignForm labelled(String label) {
		return new AssignForm(this.unitId, label, this.postCode, this.personId, this.from, this.concurrent,
				this.legalBasis, this.reason, this.commandId);
	}

	/** The same form with a command id, should it have come without one. */
	AssignForm withCommandId() {
		return blank(this.commandId) ? again() : this;
	}

	public boolean isConcurrent() {
		return Boolean.TRUE.equals(this.concurrent);
	}

	/** The fields that must be filled in and are not. */
	Set<String> missing() {
		Set<String> missing = new LinkedHashSet<>();
		if (blank(this.unitId)) {
			missing.add("unitId");
		}
		if (blank(this.postCode)) {
			missing.add("postCode");
		}
		if (blank(this.personId)) {
			missing.add("personId");
		}
		if (this.from == null) {
			missing.add("from");
		}
		if (blank(this.legalBasis)) {
			missing.add("legalBasis");
		}
		return missing;
	}

	/** The command's body, as the service's strict reader takes it. */
	Map<String, Object> body() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("postCode", this.postCode);
		body.put("personId", this.personId.strip());
		body.put("from", this.from.toString());
		if (isConcurrent()) {
			body.put("concurrent", true);
		}
		body.put("legalBasis", this.legalBasis.strip());
		if (!blank(this.reason)) {
			// the service refuses an empty reason: none is said by leaving it out
			body.put("reason", this.reason.strip());
		}
		return body;
	}

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
