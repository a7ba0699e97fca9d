package vn.cadre.console.staff;

import static vn.cadre.console.staff.FieldKind.DATE;
import static vn.cadre.console.staff.FieldKind.LINES;
import static vn.cadre.console.staff.FieldKind.LONG_TEXT;
import static vn.cadre.console.staff.FieldKind.NUMBER;
import static vn.cadre.console.staff.FieldKind.POST;
import static vn.cadre.console.staff.FieldKind.TEXT;
import static vn.cadre.console.staff.FieldKind.UNIT;
import static vn.cadre.console.staff.FieldKind.UNITS;
import static vn.cadre.console.staff.FieldKind.UNIT_CODE;
import static vn.cadre.console.staff.FormField.choice;
import static vn.cadre.console.staff.FormField.optional;
import static vn.cadre.console.staff.FormField.required;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.cadre.console.api.MandateLine;
import vn.cadre.console.api.UnitEntry;
import vn.cadre.kernel.mandate.EndCause;
import vn.cadre.kernel.unit.UnitType;

/**
 * The commands staff send through the console's generic form, each as the service's
 * request names its fields. Assigning a post and registering a document have pages of
 * their own (a post picker that follows the unit, the document kinds' help).
 */
final class StaffCommands {

	private static final FormField LEGAL_BASIS = required("legalBasis", TEXT);

	private static final FormField REASON = optional("reason", LONG_TEXT);

	private static final FormField REASON_REQUIRED = required("reason", LONG_TEXT);

	private static final FormField EFFECTIVE_ON = required("effectiveOn", DATE);

	private static final List<StaffCommand> ALL = List.of(
			new StaffCommand("person", Subject.Scope.NONE, "/api/people",
					List.of(required("personId", TEXT), required("name", TEXT), required("birthYear", NUMBER),
							required("hometownCode", UNIT_CODE).under("origin").ofLevel("COMMUNE"),
							required("hometownOn", DATE).under("origin"),
							optional("birthplaceCode", UNIT_CODE).under("origin").ofLevel("COMMUNE"),
							optional("birthplaceOn", DATE).under("origin"), REASON),
					List.of("personId", "birthYear", "hometownCode", "hometownOn")),
			new StaffCommand("merger", Subject.Scope.NONE, "/api/restructurings/mergers",
					List.of(required("predecessorIds", UNITS).ofLevel("COMMUNE"), required("code", TEXT),
							required("name", TEXT), choice("type", names(UnitType.values())),
							optional("parentId", UNIT), EFFECTIVE_ON, LEGAL_BASIS, REASON),
					List.of("predecessorIds", "type", "name", "code", "effectiveOn", "legalBasis")),
			new StaffCommand("briefing", Subject.Scope.UNIT, "/api/units/{unitId}/briefings",
					List.of(required("heldOn", DATE), required("title", TEXT), required("documents", LINES),
							required("attendances", NUMBER), REASON),
					List.of("unit", "heldOn", "title", "attendances", "documents")),
			new StaffCommand("rename", Subject.Scope.UNIT, "/api/units/{unitId}/rename",
					List.of(required("name", TEXT), EFFECTIVE_ON, LEGAL_BASIS, REASON),
					List.of("unit", "name", "effectiveOn", "legalBasis"),
					(subject) -> unitFact(subject, UnitEntry::name, "name")),
			new StaffCommand("retype", Subject.Scope.UNIT, "/api/units/{unitId}/retype",
					List.of(choice("type", names(UnitType.values())), EFFECTIVE_ON, LEGAL_BASIS, REASON),
					List.of("unit", "type", "effectiveOn", "legalBasis"),
					(subject) -> unitFact(subject, UnitEntry::type, "type")),
			new StaffCommand("reparent", Subject.Scope.UNIT, "/api/units/{unitId}/reparent",
					List.of(optional("parentId", UNIT), EFFECTIVE_ON, LEGAL_BASIS, REASON),
					List.of("unit", "parentId", "effectiveOn", "legalBasis")),
			new StaffCommand("end", Subject.Scope.MANDATE, "/api/units/{unitId}/mandates/{mandateId}/end",
					List.of(required("lastDay", DATE), choice("cause", names(EndCause.values())), LEGAL_BASIS, REASON),
					List.of("person", "post", "unit", "lastDay", "cause", "legalBasis")),
			new StaffCommand("correct", Subject.Scope.MANDATE, "/api/units/{unitId}/mandates/{mandateId}/correct",
					List.of(optional("postCode", POST), optional("personId", TEXT), required("from", DATE),
							optional("until", DATE), LEGAL_BASIS, REASON_REQUIRED),
					List.of("unit", "personId", "postCode", "from", "until", "legalBasis"), StaffCommands::asBelieved),
			new StaffCommand("rescind", Subject.Scope.MANDATE, "/api/units/{unitId}/mandates/{mandateId}/rescind",
					List.of(LEGAL_BASIS, REASON_REQUIRED), List.of("person", "post", "unit", "legalBasis")));

	private StaffCommands() {
	}

	static Optional<StaffCommand> find(Subject.Scope scope, String key) {
		return ALL.stream().filter((command) -> command.scope() == scope && command.key().equals(key)).findFirst();
	}

	/** The commands about a subject of that scope, in the order the pages offer them. */
	static List<StaffCommand> of(Subject.Scope scope) {
		return ALL.stream().filter((command) -> command.scope() == scope).toList();
	}

	private static List<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).toList();
	}

	private static Map<String, String> unitFact(Subject subject, java.util.function.Function<UnitEntry, String> fact,
			String field) {
		Map<String, String> prefill = new HashMap<>();
		if (subject.unit() != null && subject.unit().code() != null) {
			prefill.put(field, fact.apply(subject.unit()));
		}
		return prefill;
	}

	/** A correction starts from the mandate as it is believed now. */
	private static Map<String, String> asBelieved(Subject subject) {
		Map<String, String> prefill = new HashMap<>();
		MandateLine mandate = subject.mandate();
		if (mandate != null) {
			prefill.put("postCode", mandate.postCode());
			prefill.put("personId", mandate.personId());
			prefill.put("from", (mandate.from() != null) ? mandate.from().toString() : null);
			prefill.put("until", (mandate.until() != null) ? mandate.until().toString() : null);
		}
		return prefill;
	}

}
