package vn.cadre.scenario.restructuring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import vn.cadre.scenario.restructuring.RestructuringPlan.Command;
import vn.cadre.scenario.restructuring.RestructuringPlan.Resolution;
import vn.cadre.kernel.unit.UnitType;

/**
 * Turns the rows of the official old → new table into the commands that record them: the
 * old units missing from the register, registered first; then, for each new province, one
 * resolution (new units from their sources whole or in part, kept units renamed, retyped
 * and moved under the province, a merged province absorbed); then the end of the
 * districts. Every command id is made from the resolution and the codes, so that a second
 * import of the same table changes nothing. Kept apart from the sending so that what a
 * table amounts to can be checked without services.
 */
public final class RestructuringPlanner {

	private static final List<String> TYPE_WORDS = Stream.of(UnitType.values())
		.map(type -> type.typeWord().toLowerCase(Locale.ROOT))
		.distinct()
		.toList();

	/**
	 * What every command of the import says: the first day of the new units, the number
	 * of the resolution, the reason if any; and the establishment date given to old units
	 * the register lacks, since the table does not say.
	 */
	public record Terms(LocalDate effective, String basis, String reason, LocalDate registeredFrom) {

		/**
		 * The establishment day given to old units the register lacks when none is said:
		 * the table does not tell, and the old units predate the records kept here.
		 */
		public static final String REGISTERED_FROM_TEXT = "2008-01-01";

		/** {@link #REGISTERED_FROM_TEXT} as a day. */
		public static final LocalDate REGISTERED_FROM = LocalDate.parse(REGISTERED_FROM_TEXT);

		public Terms {
			registeredFrom = (registeredFrom != null) ? registeredFrom : REGISTERED_FROM;
		}

	}

	/** A unit the register holds already; a code passes from unit to unit over time. */
	public record RegisteredUnit(String unitId, String code, LocalDate establishedOn, LocalDate dissolvedOn) {

		boolean carriedItsCodeOn(LocalDate day) {
			return !this.establishedOn.isAfter(day) && (this.dissolvedOn == null || !this.dissolvedOn.isBefore(day));
		}

	}

	private final Terms terms;

	private final String slug;

	private final LocalDate lastDay;

	private final PlannedRegister register;

	private int formed;

	private int merges;

	private int splits;

	private int kept;

	private int renamed;

	private RestructuringPlanner(Terms terms, List<RegisteredUnit> register) {
		this.terms = terms;
		this.slug = terms.basis().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
		this.lastDay = terms.effective().minusDays(1);
		this.register = new PlannedRegister(register, this::putReason, terms, this.slug);
	}

	public static RestructuringPlan plan(Terms terms, List<RestructuringTable.Row> rows,
			List<RegisteredUnit> register) {
		return new RestructuringPlanner(terms, register).plan(rows);
	}

	private RestructuringPlan plan(List<RestructuringTable.Row> rows) {
		for (RestructuringTable.Row row : rows) {
			this.register.ensure(row.oldProvinceCode(), row.oldProvinceName(), "PROVINCE", null, this.lastDay);
			this.register.ensure(row.newProvinceCode(), row.newProvinceName(), "PROVINCE", null,
					this.terms.effective());
			this.register.ensure(row.districtCode(), row.districtName(), "RURAL_DISTRICT",
					this.register.id(row.oldProvinceCode()), this.lastDay);
			if (!row.districtAsSource()) {
				this.register.ensure(row.oldCode(), row.oldName(), row.oldType(), this.register.id(row.districtCode()),
						this.lastDay);
			}
		}
		Map<String, List<RestructuringTable.Row>> byProvince = new LinkedHashMap<>();
		rows.forEach(row -> byProvince.computeIfAbsent(row.newProvinceCode(), code -> new ArrayList<>()).add(row));
		List<Resolution> resolutions = new ArrayList<>();
		byProvince.forEach((code, its) -> resolutions.add(new Resolution(resolution(code, its), its.size())));
		// A district named as the source of a new unit is left to that resolution.
		Set<String> districts = new LinkedHashSet<>();
		rows.stream().filter(row -> !row.districtAsSource()).forEach(row -> districts.add(row.districtCode()));
		rows.stream()
			.filter(RestructuringTable.Row::districtAsSource)
			.forEach(row -> districts.remove(row.districtCode()));
		List<Command> dissolutions = districts.stream()
			.map(district -> new Command("/api/units/" + this.register.id(district) + "/dissolve",
					body("lastDay", this.lastDay.toString(), "legalBasis", this.terms.basis(), "reason",
							this.terms.reason()),
					"restructuring." + this.slug + ".dissolve." + district, "huyện / district " + district))
			.toList();
		return new RestructuringPlan(this.register.registrations(), resolutions, dissolutions, this.formed, this.merges,
				this.splits, this.kept, this.renamed);
	}

	private Command resolution(String provinceCode, List<RestructuringTable.Row> rows) {
		String provinceId = this.register.id(provinceCode);
		Map<String, List<RestructuringTable.Row>> byNewUnit = new LinkedHashMap<>();
		rows.forEach(row -> byNewUnit.computeIfAbsent(row.newCode(), code -> new ArrayList<>()).add(row));
		List<Map<String, Object>> formations = new ArrayList<>();
		List<Map<String, Object>> changes = new ArrayList<>();
		for (List<RestructuringTable.Row> group : byNewUnit.values()) {
			RestructuringTable.Row first = group.get(0);
			if (group.size() == 1 && !first.partial() && !first.districtAsSource()
					&& first.oldCode().equals(first.newCode())) {
				changes.add(change(first, provinceId));
			}
			else {
				formations.add(formation(group, provinceId));
			}
		}
		List<Map<String, Object>> enlargements = new ArrayList<>();
		Set<String> oldProvinces = new LinkedHashSet<>();
		rows.forEach(row -> oldProvinces.add(row.oldProvinceCode()));
		oldProvinces.remove(provinceCode);
		if (!oldProvinces.isEmpty()) {
			enlargements.add(Map.of("unitId", provinceId, "sources",
					oldProvinces.stream()
						.map(code -> Map.of("unitId", this.register.id(code), "share", "WHOLE"))
						.toList()));
		}
		Map<String, Object> body = new LinkedHashMap<>();
		String restructuringId = "r-" + this.slug + "-" + provinceCode;
		body.put("restructuringId", restructuringId.substring(0, Math.min(64, restructuringId.length())));
		body.put("effectiveOn", this.terms.effective().toString());
		body.put("legalBasis", this.terms.basis());
		putReason(body);
		body.put("formations", formations);
		body.put("enlargements", enlargements);
		body.put("changes", changes);
		return new Command("/api/restructurings", body, "restructuring." + this.slug + ".province." + provinceCode,
				"tỉnh / province " + provinceCode + " (dòng / lines " + rows.get(0).line() + "-"
						+ rows.get(rows.size() - 1).line() + ")");
	}

	/** A unit that goes on under its code, renamed, retyped and moved as its row says. */
	private Map<String, Object> change(RestructuringTable.Row row, String provinceId) {
		Map<String, Object> change = new LinkedHashMap<>();
		change.put("unitId", this.register.id(row.oldCode()));
		// Names that differ only in their type word ("Xã" to "Phường") are a retyping.
		if (!bare(row.oldName()).equalsIgnoreCase(bare(row.newName()))) {
			change.put("name", row.newName());
			this.renamed++;
		}
		if (!row.oldType().equals(row.newType())) {
			change.put("type", row.newType());
		}
		change.put("parentId", provinceId);
		this.kept++;
		return change;
	}

	/** A new unit, from the units its rows name, each whole or in part. */
	private Map<String, Object> formation(List<RestructuringTable.Row> group, String provinceId) {
		RestructuringTable.Row first = group.get(0);
		List<Map<String, String>> sources = new ArrayList<>();
		for (RestructuringTable.Row row : group) {
			String source = row.districtAsSource() ? this.register.id(row.districtCode())
					: this.register.id(row.oldCode());
			sources.add(Map.of("unitId", source, "share", row.partial() ? "PART" : "WHOLE"));
		}
		this.formed++;
		this.merges += (sources.size() > 1) ? 1 : 0;
		this.splits += group.stream().anyMatch(RestructuringTable.Row::partial) ? 1 : 0;
		return new LinkedHashMap<>(Map.of("unitId", "dvhc-" + first.newCode() + "-" + this.terms.effective().getYear(),
				"code", first.newCode(), "name", first.newName(), "type", first.newType(), "parentId", provinceId,
				"sources", sources));
	}

	private void putReason(Map<String, Object> body) {
		if (this.terms.reason() != null) {
			body.put("reason", this.terms.reason());
		}
	}

	private static String bare(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		for (String word : TYPE_WORDS) {
			if (lower.startsWith(word + " ")) {
				return name.substring(word.length() + 1).strip();
			}
		}
		return name;
	}

	/** A body of the given keys and values, leaving out those not given. */
	private static Map<String, Object> body(Object... keysAndValues) {
		Map<String, Object> body = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			Object value = keysAndValues[i + 1];
			if (value != null) {
				body.put((String) keysAndValues[i], value);
			}
		}
		return body;
	}

}
