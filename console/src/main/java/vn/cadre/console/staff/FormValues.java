package vn.cadre.console.staff;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.cadre.console.api.CommandSide;

/**
 * What was typed in a staff form, field by field, with the command id the form was shown
 * with: a second submission of the same form stores nothing twice.
 */
public final class FormValues {

	private final Map<String, List<String>> values;

	private final String commandId;

	private FormValues(Map<String, List<String>> values, String commandId) {
		this.values = values;
		this.commandId = commandId;
	}

	/** A new form, with the values it starts with. */
	static FormValues blank(Map<String, String> prefill) {
		Map<String, List<String>> values = new LinkedHashMap<>();
		prefill.forEach((name, value) -> {
			if (value != null) {
				values.put(name, List.of(value));
			}
		});
		return new FormValues(values, CommandSide.newCommandId());
	}

	/** The values sent for the command's fields, nothing else the request carried. */
	static FormValues sent(Map<String, List<String>> request, List<FormField> fields) {
		Map<String, List<String>> values = new LinkedHashMap<>();
		for (FormField field : fields) {
			List<String> sent = request.getOrDefault(field.name(), List.of())
				.stream()
				.map(String::strip)
				.filter((value) -> !value.isEmpty())
				.toList();
			if (!sent.isEmpty()) {
				values.put(field.name(), sent);
			}
			String search = request.getOrDefault(searchOf(field), List.of("")).get(0);
			if (field.kind().picksUnits() && !search.isBlank()) {
				values.put(searchOf(field), List.of(search.strip()));
			}
		}
		List<String> ids = request.getOrDefault("commandId", List.of());
		String commandId = (ids.isEmpty() || ids.get(0).isBlank()) ? CommandSide.newCommandId() : ids.get(0);
		return new FormValues(values, commandId);
	}

	/** The same values under a new command id, for a form shown again after a refusal. */
	FormValues again() {
		return new FormValues(this.values, CommandSide.newCommandId());
	}

	public String commandId() {
		return this.commandId;
	}

	/** A field's value, or the empty text. */
	public String get(String name) {
		List<String> sent = this.values.getOrDefault(name, List.of());
		return sent.isEmpty() ? "" : sent.get(0);
	}

	/** All the values of a field that takes several. */
	public List<String> all(String name) {
		return this.values.getOrDefault(name, List.of());
	}

	/** Whether a box was ticked. */
	public boolean ticked(String name) {
		return "true".equals(get(name));
	}

	/**
	 * What is wrong with the fields before anything is sent: each faulty field with the
	 * bundle key of the words to show next to it.
	 */
	Map<String, String> problems(List<FormField> fields) {
		Map<String, String> problems = new LinkedHashMap<>();
		for (FormField field : fields) {
			String value = get(field.name());
			if (value.isEmpty()) {
				if (field.kind() == FieldKind.UNIT && !get(searchOf(field)).isEmpty()) {
					// a name typed but no unit picked: sending nothing would say "none"
					problems.put(field.name(), "staff.required.unit");
				}
				else if (field.required()) {
					problems.put(field.name(), field.kind().picksUnits() ? "staff.required.unit" : "staff.required");
				}
			}
			else if (field.kind() == FieldKind.DATE && !isDate(value)) {
				problems.put(field.name(), "staff.invalid.date");
			}
			else if (field.kind() == FieldKind.NUMBER && !value.matches("\\d{1,9}")) {
				problems.put(field.name(), "staff.invalid.number");
			}
			else if (field.kind() == FieldKind.CHOICE && !field.choices().contains(value)) {
				problems.put(field.name(), "staff.required");
			}
		}
		return problems;
	}

	/**
	 * The command's body, as the service's strict reader takes it: a field left empty is
	 * left out, since the service refuses an empty text where it allows none.
	 */
	Map<String, Object> body(List<FormField> fields) {
		Map<String, Object> body = new LinkedHashMap<>();
		for (FormField field : fields) {
			Object value = value(field);
			if (value != null) {
				put(body, field.bodyPath().split("\\."), value);
			}
		}
		return body;
	}

	private Object value(FormField field) {
		String text = get(field.name());
		if (text.isEmpty()) {
			return null;
		}
		return switch (field.kind()) {
			case NUMBER -> Integer.valueOf(text);
			case UNITS -> all(field.name());
			case LINES ->
				Arrays.stream(text.split("[\\r\\n;]+")).map(String::strip).filter((l) -> !l.isEmpty()).toList();
			default -> text;
		};
	}

	@SuppressWarnings("unchecked")
	private static void put(Map<String, Object> body, String[] path, Object value) {
		Map<String, Object> object = body;
		for (int i = 0; i < path.length - 1; i++) {
			object = (Map<String, Object>) object.computeIfAbsent(path[i], (name) -> new LinkedHashMap<>());
		}
		object.put(path[path.length - 1], value);
	}

	/** The name of a unit picker's search box, whose text is only a search. */
	static String searchOf(FormField field) {
		return field.name() + "Search";
	}

	private static boolean isDate(String text) {
		try {
			LocalDate.parse(text);
			return true;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

}
