package vn.cadre.console.staff;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.cadre.console.api.CommandSide;
import vn.cadre.console.api.UnitEntry;

/**
 * The staff's forms for every command but assigning a post and registering a document:
 * the form, and the answer, either what was recorded in words or the form again with the
 * rule's words next to the field it concerns. Nothing is sent while a field is missing,
 * and a refused command stores nothing.
 */
@Controller
class CommandFormPage {

	private final CommandSide commands;

	private final Subjects subjects;

	private final PostChoices posts;

	private final MessageSource messages;

	CommandFormPage(CommandSide commands, Subjects subjects, PostChoices posts, MessageSource messages) {
		this.commands = commands;
		this.subjects = subjects;
		this.posts = posts;
		this.messages = messages;
	}

	@GetMapping("/staff/new/{key}")
	String newThing(@PathVariable String key, Model model, Locale locale) {
		return form(command(Subject.Scope.NONE, key), Subject.NOTHING, model, locale);
	}

	@GetMapping("/staff/units/{unitId}/{key}")
	String aboutUnit(@PathVariable String unitId, @PathVariable String key, Model model, Locale locale) {
		return form(command(Subject.Scope.UNIT, key), this.subjects.unit(unitId), model, locale);
	}

	@GetMapping("/staff/units/{unitId}/mandates/{mandateId}/{key}")
	String aboutMandate(@PathVariable String unitId, @PathVariable String mandateId, @PathVariable String key,
			Model model, Locale locale) {
		return form(command(Subject.Scope.MANDATE, key), this.subjects.mandate(unitId, mandateId), model, locale);
	}

	@PostMapping("/staff/new/{key}")
	String sendNew(@PathVariable String key, @RequestParam MultiValueMap<String, String> sent, Model model,
			Locale locale) {
		return send(command(Subject.Scope.NONE, key), Subject.NOTHING, sent, model, locale);
	}

	@PostMapping("/staff/units/{unitId}/{key}")
	String sendAboutUnit(@PathVariable String unitId, @PathVariable String key,
			@RequestParam MultiValueMap<String, String> sent, Model model, Locale locale) {
		return send(command(Subject.Scope.UNIT, key), this.subjects.unit(unitId), sent, model, locale);
	}

	@PostMapping("/staff/units/{unitId}/mandates/{mandateId}/{key}")
	String sendAboutMandate(@PathVariable String unitId, @PathVariable String mandateId, @PathVariable String key,
			@RequestParam MultiValueMap<String, String> sent, Model model, Locale locale) {
		return send(command(Subject.Scope.MANDATE, key), this.subjects.mandate(unitId, mandateId), sent, model, locale);
	}

	private static StaffCommand command(Subject.Scope scope, String key) {
		return StaffCommands.find(scope, key).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String form(StaffCommand command, Subject subject, Model model, Locale locale) {
		return show(command, subject, FormValues.blank(command.prefill().apply(subject)), Map.of(), null, model,
				locale);
	}

	private String send(StaffCommand command, Subject subject, MultiValueMap<String, String> sent, Model model,
			Locale locale) {
		FormValues values = FormValues.sent(sent, command.fields());
		Map<String, String> problems = values.problems(command.fields());
		if (!problems.isEmpty()) {
			return show(command, subject, values, problems, null, model, locale);
		}
		CommandSide.Recorded recorded;
		try {
			recorded = this.commands.send(command.servicePath(), values.body(command.fields()), values.commandId(),
					pathVariables(command, subject));
		}
		catch (CommandSide.Refused refused) {
			if (!Refusals.belongOnTheForm(refused)) {
				throw refused;
			}
			// the service remembers this command id with its refusal: a corrected form
			// is a new command
			return show(command, subject, values.again(), Map.of(), Refusal.of(refused, command.fieldNames(), locale),
					model, locale);
		}
		model.addAttribute("command", command);
		model.addAttribute("subject", subject);
		model.addAttribute("sentence", sentence(command, subject, values, locale));
		model.addAttribute("recordUnitId", recordUnitId(subject, recorded.body()));
		return "staff-command-done";
	}

	private static Object[] pathVariables(StaffCommand command, Subject subject) {
		return switch (command.scope()) {
			case NONE -> new Object[0];
			case UNIT -> new Object[] { subject.unitId() };
			case MANDATE -> new Object[] { subject.unitId(), subject.mandateId() };
		};
	}

	private String show(StaffCommand command, Subject subject, FormValues values, Map<String, String> problems,
			Refusal refusal, Model model, Locale locale) {
		model.addAttribute("command", command);
		model.addAttribute("subject", subject);
		model.addAttribute("values", values);
		model.addAttribute("problems", problems);
		model.addAttribute("refusal", refusal);
		model.addAttribute("posts",
				this.posts.forLevel((subject.unit() != null) ? subject.unit().level() : null, locale));
		model.addAttribute("picked", picked(command, values));
		if (subject.mandate() != null) {
			model.addAttribute("mandatePost", this.posts.title(subject.mandate().postCode(), locale));
		}
		return "staff-command";
	}

	/**
	 * The units already picked in each unit picker, so a form shown again reads the same.
	 */
	private Map<String, List<UnitEntry>> picked(StaffCommand command, FormValues values) {
		Map<String, List<UnitEntry>> picked = new LinkedHashMap<>();
		for (FormField field : command.fields()) {
			if (field.kind() == FieldKind.UNIT || field.kind() == FieldKind.UNITS) {
				picked.put(field.name(),
						values.all(field.name())
							.stream()
							.map(this.subjects::unitOrNull)
							.filter(Objects::nonNull)
							.toList());
			}
		}
		return picked;
	}

	/** The facts that fill in the sentence saying what was recorded. */
	private List<String> sentence(StaffCommand command, Subject subject, FormValues values, Locale locale) {
		List<String> facts = new ArrayList<>();
		for (String name : command.sentence()) {
			facts.add(switch (name) {
				case "unit" -> subject.unitLabel();
				case "post" -> (subject.mandate() != null) ? this.posts.title(subject.mandate().postCode(), locale)
						: subject.mandateId();
				case "person" -> (subject.mandate() != null) ? subject.mandate().personId() : "—";
				default ->
					fact(command.fields().stream().filter((f) -> f.name().equals(name)).findFirst().orElseThrow(),
							values, locale);
			});
		}
		return facts;
	}

	private String fact(FormField field, FormValues values, Locale locale) {
		String value = values.get(field.name());
		if (value.isEmpty()) {
			return "—";
		}
		return switch (field.kind()) {
			case DATE -> LocalDate.parse(value)
				.format(DateTimeFormatter.ofPattern(this.messages.getMessage("format.date", null, locale)));
			case CHOICE -> this.messages.getMessage("staff.choice." + field.name() + "." + value, null, value, locale);
			case POST -> this.posts.title(value, locale);
			case UNIT, UNITS -> String.join(", ", values.all(field.name()).stream().map((id) -> {
				UnitEntry unit = this.subjects.unitOrNull(id);
				return (unit != null) ? Units.label(unit) : id;
			}).toList());
			case LINES -> String.join("; ", value.split("[\\r\\n;]+"));
			default -> value;
		};
	}

	/**
	 * The unit whose timeline shows what was recorded: the subject, or a merger's new
	 * unit.
	 */
	private static String recordUnitId(Subject subject, JsonNode answer) {
		if (subject.unitId() != null) {
			return subject.unitId();
		}
		return (answer != null) ? answer.path("unitId").asText(null) : null;
	}

}
