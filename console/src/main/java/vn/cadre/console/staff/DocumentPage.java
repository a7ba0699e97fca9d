package vn.cadre.console.staff;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import vn.cadre.console.api.CommandSide;

/**
 * Registering a legal document: the form, and the answer, either the document as
 * registered or the form again with the service's words next to the field.
 */
@Controller
class DocumentPage {

	private final CommandSide commands;

	DocumentPage(CommandSide commands) {
		this.commands = commands;
	}

	@GetMapping("/staff/documents/new")
	String form(Model model) {
		return show(model, DocumentForm.blank(), Set.of(), null);
	}

	@PostMapping("/staff/documents/new")
	String register(@ModelAttribute("form") DocumentForm typed, BindingResult binding, Model model, Locale locale) {
		DocumentForm form = typed.withCommandId();
		Set<String> missing = new LinkedHashSet<>(form.missing());
		binding.getFieldErrors().forEach((error) -> missing.add(error.getField()));
		if (!missing.isEmpty()) {
			return show(model, form, missing, null);
		}
		try {
			this.commands.send("/api/documents", form.body(), form.commandId());
		}
		catch (CommandSide.Refused refused) {
			if (!Refusals.belongOnTheForm(refused)) {
				throw refused;
			}
			return show(model, form.again(), Set.of(), Refusal.of(refused, DocumentForm.FIELDS, locale));
		}
		model.addAttribute("form", form);
		return "staff-document-done";
	}

	private static String show(Model model, DocumentForm form, Set<String> missing, Refusal refusal) {
		model.addAttribute("form", form);
		model.addAttribute("kinds", DocumentForm.kinds());
		model.addAttribute("missing", missing);
		model.addAttribute("refusal", refusal);
		return "staff-document";
	}

}
