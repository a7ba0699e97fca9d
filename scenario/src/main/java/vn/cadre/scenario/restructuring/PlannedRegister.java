package vn.cadre.scenario.restructuring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import vn.cadre.scenario.restructuring.RestructuringPlan.Command;
import vn.cadre.scenario.restructuring.RestructuringPlanner.RegisteredUnit;
import vn.cadre.scenario.restructuring.RestructuringPlanner.Terms;

/**
 * The register as an import plans it: the units the register holds by code, and the
 * registrations planned for the codes it lacks, level by level (provinces, districts,
 * communes), each unit's id made from its code so a second import finds it.
 */
final class PlannedRegister {

	private final Map<String, List<RegisteredUnit>> register = new HashMap<>();

	/** The unit id of every code met so far, registered or to be. */
	private final Map<String, String> ids = new LinkedHashMap<>();

	private final List<List<Command>> registrations = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());

	private final Consumer<Map<String, Object>> reason;

	private final Terms terms;

	private final String slug;

	PlannedRegister(List<RegisteredUnit> register, Consumer<Map<String, Object>> reason, Terms terms, String slug) {
		register.forEach(unit -> this.register.computeIfAbsent(unit.code(), code -> new ArrayList<>()).add(unit));
		this.reason = reason;
		this.terms = terms;
		this.slug = slug;
	}

	/** The id of the unit that carries {@code code}, registered or planned. */
	String id(String code) {
		return this.ids.get(code);
	}

	/** The planned registrations, provinces first, then districts, then communes. */
	List<List<Command>> registrations() {
		return this.registrations;
	}

	/** Takes the register's unit for the code, or plans the registration of one. */
	void ensure(String code, String name, String type, String parentId, LocalDate on) {
		if (this.ids.containsKey(code)) {
			return;
		}
		Optional<String> existing = unitWithCode(code, on);
		if (existing.isPresent()) {
			this.ids.put(code, existing.get());
			return;
		}
		String unitId = "dvhc-" + code;
		this.ids.put(code, unitId);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("unitId", unitId);
		body.put("code", code);
		body.put("name", name);
		body.put("type", type);
		if (parentId != null) {
			body.put("parentId", parentId);
		}
		body.put("establishedOn", this.terms.registeredFrom().toString());
		body.put("legalBasis", this.terms.basis());
		this.reason.accept(body);
		int level = type.equals("PROVINCE") ? 0 : type.equals("RURAL_DISTRICT") ? 1 : 2;
		this.registrations.get(level)
			.add(new Command("/api/units", body, "restructuring." + this.slug + ".register." + code,
					"đơn vị / unit " + code));
	}

	private Optional<String> unitWithCode(String code, LocalDate on) {
		return this.register.getOrDefault(code, List.of())
			.stream()
			.filter(unit -> unit.carriedItsCodeOn(on))
			.map(RegisteredUnit::unitId)
			.findFirst();
	}

}
