package vn.cadre.console.staff;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import vn.cadre.console.api.Bilingual;
import vn.cadre.console.api.CommandSide;
import vn.cadre.console.api.CommandSide.FieldProblem;

/**
 * Where on a form a refused command's words go: next to the field the refusal concerns,
 * or above the form when it concerns none of the form's fields.
 *
 * @param field the form's field, or {@code null} for above the form
 * @param message the service's words, in the reader's language
 */
public record Refusal(String field, String message) {

	/**
	 * A broken rule names no field: the field each rule is about, as a person filling a
	 * form would look for it.
	 */
	private static final Map<String, String> RULE_FIELDS = Map.ofEntries(Map.entry("PostAlreadyHeld", "postCode"),
			Map.entry("PostNotAvailable", "postCode"), Map.entry("PersonAlreadyHoldsPost", "personId"),
			Map.entry("ConcurrencyNotBorneOut", "concurrent"), Map.entry("UnitNotActiveOn", "from"),
			Map.entry("MandateOutlivesUnit", "from"), Map.entry("MandateNeedsUnitsLastDay", "from"),
			Map.entry("MandateAlreadyEnded", "lastDay"), Map.entry("EndBeforeStart", "lastDay"),
			Map.entry("EndBeyondPeriod", "lastDay"), Map.entry("MandateRescinded", "mandateId"),
			Map.entry("OriginUnchanged", "hometownCode"));

	/** A field's name as the form has it: a nested field is its last part. */
	private static final Map<String, String> ALIASES = Map.of("until", "from", "origin", "hometownCode", "unitId",
			"unit");

	static Refusal of(CommandSide.Refused refused, Set<String> formFields, Locale locale) {
		String detail = Bilingual.half(locale, refused.detail());
		String field = onForm(refused.field(), formFields);
		if (field == null && refused.rule() != null) {
			field = onForm(RULE_FIELDS.get(refused.rule()), formFields);
		}
		if (field == null && !refused.fieldProblems().isEmpty()) {
			FieldProblem first = refused.fieldProblems().get(0);
			field = onForm(first.field(), formFields);
			if (first.message() != null) {
				// the validator's own words are English only; the service's half says
				// what
				detail = detail + " (" + first.field() + ": " + first.message() + ")";
			}
		}
		return new Refusal(field, detail);
	}

	private static String onForm(String serviceField, Set<String> formFields) {
		if (serviceField == null) {
			return null;
		}
		String name = serviceField.contains(".") ? serviceField.substring(serviceField.lastIndexOf('.') + 1)
				: serviceField;
		if (formFields.contains(name)) {
			return name;
		}
		String alias = ALIASES.get(name);
		return (alias != null && formFields.contains(alias)) ? alias : null;
	}

	/** Whether the words go next to this field. */
	public boolean at(String formField) {
		return formField.equals(this.field);
	}

	/** Whether the words go above the form. */
	public boolean aboveTheForm() {
		return this.field == null;
	}

}
