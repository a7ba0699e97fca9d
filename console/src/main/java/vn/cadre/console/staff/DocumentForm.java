package vn.cadre.console.staff;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;
import vn.cadre.console.api.CommandSide;
import vn.cadre.kernel.document.DocumentKind;

/**
 * The form that registers a legal document, so that commands can cite it as their basis.
 *
 * @param commandId the id the form was shown with: a second submission stores nothing
 * twice
 */
public record DocumentForm(String number, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
		String issuer, String kind, String title, String reason, String commandId) {

	/** The fields the page shows; a refusal's words go next to one of them. */
	static final Set<String> FIELDS = Set.of("number", "issuedOn", "issuer", "kind", "title", "reason");

	/** The kinds a document may be of, in the kernel's order. */
	public static List<String> kinds() {
		return java.util.Arrays.stream(DocumentKind.values()).map(Enum::name).toList();
	}

	static DocumentForm blank() {
		return new DocumentForm(null, null, null, null, null, null, CommandSide.newCommandId());
	}

	/** The same values under a new command id, for a form shown again after a refusal. */
	DocumentForm again() {
		return new DocumentForm(this.number, this.issuedOn, this.issuer, this.kind, this.title, this.reason,
				CommandSide.newCommandId());
	}

	DocumentForm withCommandId() {
		return AssignForm.blank(this.commandId) ? again() : this;
	}

	/** The fields that must be filled in and are not, or hold no known kind. */
	Set<String> missing() {
		Set<String> missing = new LinkedHashSet<>();
		if (AssignForm.blank(this.number)) {
			missing.add("number");
		}
		if (this.issuedOn == null) {
			missing.add("issuedOn");
		}
		if (AssignForm.blank(this.issuer)) {
			missing.add("issuer");
		}
		if (this.kind == null || !kinds().contains(this.kind)) {
			missing.add("kind");
		}
		if (AssignForm.blank(this.title)) {
			missing.add("title");
		}
		return missing;
	}

	/** The command's body, as the service's strict reader takes it. */
	Map<String, Object> body() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("number", this.number.strip());
		body.put("issuedOn", this.issuedOn.toString());
		body.put("issuer", this.issuer.strip());
		body.put("kind", this.kind);
		body.put("title", this.title.strip());
		if (!AssignForm.blank(this.reason)) {
			body.put("reason", this.reason.strip());
		}
		return body;
	}

}
