package vn.cadre.console.staff;

import java.util.List;

/**
 * One field of a staff form: its name on the page, its kind, whether it must be filled
 * in, and where its value goes in the command's body.
 *
 * @param name the field's name on the page, also the last part of its body path, which is
 * how the service names the field it refuses
 * @param bodyPath where the value goes in the body, dotted for a nested object
 * @param choices the values of a {@link FieldKind#CHOICE}, titled by
 * {@code staff.choice.<name>.<value>}
 * @param level for a unit picker, the level of the units it offers, or {@code null} for
 * any
 */
public record FormField(String name, FieldKind kind, boolean required, String bodyPath, List<String> choices,
		String level) {

	static FormField required(String name, FieldKind kind) {
		return new FormField(name, kind, true, name, List.of(), null);
	}

	static FormField optional(String name, FieldKind kind) {
		return new FormField(name, kind, false, name, List.of(), null);
	}

	static FormField choice(String name, List<String> choices) {
		return new FormField(name, FieldKind.CHOICE, true, name, List.copyOf(choices), null);
	}

	/** The same field, placed under an object of the body. */
	FormField under(String objectName) {
		return new FormField(this.name, this.kind, this.required, objectName + "." + this.name, this.choices,
				this.level);
	}

	/** The same unit picker, offering units of one level only. */
	FormField ofLevel(String unitLevel) {
		return new FormField(this.name, this.kind, this.required, this.bodyPath, this.choices, unitLevel);
	}

}
