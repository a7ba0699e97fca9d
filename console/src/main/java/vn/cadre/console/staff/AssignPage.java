package vn.cadre.console.staff;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.cadre.console.api.CommandSide;
import vn.cadre.console.api.UnitEntry;

/**
 * Assigning a person to a post: the form, the post picker that follows the unit picked,
 * and the answer, either what was recorded in words or the form again with the rule's
 * words next to the field it concerns.
 */
@Controller
class AssignPage {

	private final CommandSide commands;

	private final Subjects subjects;

	private final PostChoices posts;

	AssignPage(CommandSide commands, Subjects subjects, PostChoices posts) {
		this.commands = commands;
		this.subjects = subjects;
		this.posts = posts;
	}

	@GetMapping("/staff/assign")
	String form(@RequestParam(required = false) String unitId, Model model, Locale locale) {
		UnitEntry unit = unit(unitId, null);
		AssignForm form = AssignForm.blank();
		if (unit != null) {
			form = new AssignForm(unit.unitId(), Units.label(unit), null, null, null, false, null, null,
					form.commandId());
		}
		return show(model, form, unit, Set.of(), null, locale);
	}

	/** The post picker's options for the unit just picked. */
	@GetMapping("/staff/assign/posts")
	String postOptions(@RequestParam(required = false) String unitId, @RequestParam(required = false) String postCode,
			Model model, Locale locale) {
		UnitEntry unit = unit(unitId, null);
		model.addAttribute("posts", posts(unit, locale));
		model.addAttribute("unit", unit);
		model.addAttribute("chosen", postCode);
		return "staff-assign :: post-options";
	}

	/**
	 * Whether the person would be found a local of the unit, and why, shown before the
	 * assignment is sent; nothing while either is missing.
	 */
	@GetMapping("/staff/assign/locality")
	String locality(@RequestParam(required = false) String unitId, @RequestParam(required = false) String personId,
			Model model) {
		if (!AssignForm.blank(unitId) && !AssignForm.blank(personId)) {
			try {
				model.addAttribute("finding", this.commands.locality(unitId.strip(), personId.strip()));
			}
			catch (CommandSide.Refused refused) {
				if (!Refusals.belongOnTheForm(refused)) {
					throw refused;
				}
				model.addAttribute("unknown", refused.detail());
			}
		}
		return "staff-assign :: locality";
	}

	@PostMapping("/staff/assign")
	String assign(@ModelAttribute("form") AssignForm typed, BindingResult binding,
			@RequestParam(name = "q", required = false) String unitLabel, Model model, Locale locale) {
		// the unit picker's search field is shared with the dashboard, which names it q
		AssignForm form = typed.labelled(unitLabel).withCommandId();
		Set<String> missing = new LinkedHashSet<>(form.missing());
		binding.getFieldErrors().forEach((error) -> missing.add(error.getField()));
		UnitEntry unit = unit(form.unitId(), form.unitLabel());
		if (unit == null && !AssignForm.blank(form.unitId())) {
			missing.add("unitId");
		}
		if (!missing.isEmpty()) {
			return show(model, form, unit, missing, null, locale);
		}
		CommandSide.Recorded recorded;
		try {
			recorded = this.commands.send("/api/units/{unitId}/mandates", form.body(), form.commandId(), form.unitId());
		}
		catch (CommandSide.Refused refused) {
			if (!Refusals.belongOnTheForm(refused)) {
				throw refused;
			}
			// the service remembers this command id with its refusal: a corrected form
			// is a new command
			return show(model, form.again(), unit, Set.of(), Refusal.of(refused, AssignForm.FIELDS, locale), locale);
		}
		model.addAttribute("form", form);
		model.addAttribute("unit", unit);
		model.addAttribute("postTitle", this.posts.title(form.postCode(), locale));
		model.addAttribute("mandateId",
				(recorded.body() != null) ? recorded.body().path("mandateId").asText(null) : null);
		return "staff-assign-done";
	}

	private String show(Model model, AssignForm form, UnitEntry unit, Set<String> missing, Refusal refusal,
			Locale locale) {
		model.addAttribute("form", form);
		model.addAttribute("unit", unit);
		model.addAttribute("posts", posts(unit, locale));
		model.addAttribute("chosen", form.postCode());
		model.addAttribute("missing", missing);
		model.addAttribute("refusal", refusal);
		return "staff-assign";
	}

	/**
	 * Posts exist by level, so none is offered before a unit is picked; every post when
	 * the unit's level could not be read.
	 */
	private List<PostChoice> posts(UnitEntry unit, Locale locale) {
		return (unit != null) ? this.posts.forLevel(unit.level(), locale) : List.of();
	}

	/** Every post is offered for a unit the person may not read; see {@link Subjects}. */
	private UnitEntry unit(String unitId, String label) {
		return this.subjects.unitOrNull(unitId, label);
	}

}
