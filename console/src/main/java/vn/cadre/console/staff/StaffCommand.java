package vn.cadre.console.staff;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One command the staff send through a form: what it is about (nothing yet, a unit, or
 * one of a unit's mandates), the fields it asks for, where the service takes it, and the
 * facts its answer sentence names.
 *
 * @param key the command's name in the console's addresses and bundles
 * @param servicePath the service's address, a template over {@code unitId} and
 * {@code mandateId}
 * @param sentence the facts, by name, that fill in the sentence saying what was recorded
 * (a field's name, or {@code unit}, {@code post}, {@code person} of the subject)
 * @param prefill the values a form about this subject starts with, such as a mandate's
 * current facts for a correction
 */
public record StaffCommand(String key, Subject.Scope scope, String servicePath, List<FormField> fields,
		List<String> sentence, Function<Subject, Map<String, String>> prefill) {

	StaffCommand(String key, Subject.Scope scope, String servicePath, List<FormField> fields, List<String> sentence) {
		this(key, scope, servicePath, fields, sentence, (subject) -> Map.of());
	}

	/** The fields' names, where a refusal's words may go. */
	Set<String> fieldNames() {
		return this.fields.stream().map(FormField::name).collect(Collectors.toUnmodifiableSet());
	}

	/** The form's address for that subject, its ids encoded. */
	public String address(Subject subject) {
		UriComponentsBuilder address = UriComponentsBuilder.fromPath(switch (this.scope) {
			case NONE -> "/staff/new/{key}";
			case UNIT -> "/staff/units/{unitId}/{key}";
			case MANDATE -> "/staff/units/{unitId}/mandates/{mandateId}/{key}";
		}).encode();
		UriComponents expanded = switch (this.scope) {
			case NONE -> address.buildAndExpand(this.key);
			case UNIT -> address.buildAndExpand(subject.unitId(), this.key);
			case MANDATE -> address.buildAndExpand(subject.unitId(), subject.mandateId(), this.key);
		};
		return expanded.toUriString();
	}

	/** Whether the form has a unit picker, which needs the register. */
	public boolean picksUnits() {
		return this.fields.stream().anyMatch((field) -> field.kind().picksUnits());
	}

}
