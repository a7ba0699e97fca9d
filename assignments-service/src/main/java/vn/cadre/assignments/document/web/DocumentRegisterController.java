package vn.cadre.assignments.document.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cadre.assignments.InvalidRequest;
import vn.cadre.assignments.document.Citations;
import vn.cadre.kernel.document.DocumentNumber;

/**
 * {@code GET /api/documents/registered?number=...}: which of the given document numbers
 * the register holds, answered by the same check every citing command passes, so a client
 * can check what a batch of commands will cite before sending the first of them.
 */
@RestController
@RequestMapping("/api/documents")
class DocumentRegisterController {

	static final int MAX_NUMBERS = 100;

	private final Citations citations;

	DocumentRegisterController(Citations citations) {
		this.citations = citations;
	}

	/** The numbers in their canonical form, split into registered and missing. */
	@GetMapping("/registered")
	Map<String, List<String>> registered(@RequestParam("number") List<String> numbers) {
		if (numbers.size() > MAX_NUMBERS) {
			throw InvalidRequest.at("number", "request.too-many-numbers", MAX_NUMBERS);
		}
		Set<DocumentNumber> distinct = new LinkedHashSet<>();
		numbers.forEach(number -> distinct.add(new DocumentNumber(number)));
		List<String> registered = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		for (DocumentNumber number : distinct) {
			(this.citations.isRegistered(number) ? registered : missing).add(number.value());
		}
		return Map.of("registered", registered, "missing", missing);
	}

}
