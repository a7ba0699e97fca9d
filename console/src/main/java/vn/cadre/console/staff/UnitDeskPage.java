package vn.cadre.console.staff;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import vn.cadre.console.api.MandateLine;

/**
 * A unit as staff work on it: what the register says of it, the changes that may be
 * recorded about it, and its mandates, each with its end, correction and rescission. Read
 * with the person's own last write, so the page shows what was just recorded.
 */
@Controller
class UnitDeskPage {

	private final Subjects subjects;

	private final PostChoices posts;

	UnitDeskPage(Subjects subjects, PostChoices posts) {
		this.subjects = subjects;
		this.posts = posts;
	}

	/** The unit picker of the staff's home sends here. */
	@GetMapping("/staff/units")
	String open(@RequestParam(required = false) String unitId) {
		if (unitId == null || unitId.isBlank()) {
			return "redirect:/staff?pick=unit";
		}
		return "redirect:" + UriComponentsBuilder.fromPath("/staff/units/{unitId}")
			.buildAndExpand(unitId.strip())
			.encode()
			.toUriString();
	}

	@GetMapping("/staff/units/{unitId}")
	String desk(@PathVariable String unitId, Model model, Locale locale) {
		Subject subject = this.subjects.unit(unitId);
		List<MandateLine> mandates = this.subjects.mandatesOrNull(subject.unitId());
		model.addAttribute("subject", subject);
		model.addAttribute("commands", StaffCommands.of(Subject.Scope.UNIT));
		model.addAttribute("mandates",
				(mandates == null) ? null
						: mandates.stream()
							.map((line) -> new DeskMandate(line, this.posts.title(line.postCode(), locale),
									actions(new Subject(subject.unit(), line.mandateId(), line))))
							.sorted(Comparator.comparing(DeskMandate::postTitle, Collator.getInstance(locale))
								.thenComparing((desk) -> desk.line().from(), Comparator.reverseOrder()))
							.toList());
		return "staff-unit";
	}

	private static List<Action> actions(Subject mandate) {
		return StaffCommands.of(Subject.Scope.MANDATE)
			.stream()
			.map((command) -> new Action(command.key(), command.address(mandate)))
			.toList();
	}

	/** A mandate as the desk lists it, with its post's title and what may be recorded. */
	public record DeskMandate(MandateLine line, String postTitle, List<Action> actions) {

	}

	/** A command that may be recorded about a mandate, and its form's address. */
	public record Action(String key, String address) {

	}

}
