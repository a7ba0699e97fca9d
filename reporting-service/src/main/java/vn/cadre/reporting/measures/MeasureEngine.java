package vn.cadre.reporting.measures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import vn.cadre.kernel.post.Post;
import vn.cadre.kernel.post.PostCatalogue;
import vn.cadre.kernel.post.PostCode;
import vn.cadre.reporting.briefings.Briefings.Briefing;
import vn.cadre.reporting.mandates.MandateVersion;
import vn.cadre.reporting.units.UnitOutline;

/**
 * Computes the report's measures over a window of days from the mandates believed at one
 * record time. Plain Java over what the caller loaded: the same code serves a unit, a
 * lineage or a province, and its tests need no database.
 *
 * <p>
 * "At any time in the period" is the window of the whole period; "on a date" is a window
 * of one day. Two mandates make a concurrent holding when one person holds both on a
 * common day of the window.
 */
public final class MeasureEngine {

	public static final String SECRETARY = "PARTY_SECRETARY";

	public static final String DEPUTY_SECRETARY = "PARTY_DEPUTY_SECRETARY";

	public static final String STANDING_MEMBER = "PARTY_STANDING_MEMBER";

	public static final String COUNCIL_CHAIR = "COUNCIL_CHAIR";

	public static final String COMMITTEE_CHAIR = "COMMITTEE_CHAIR";

	private static final PostCatalogue POSTS = PostCatalogue.standard();

	private MeasureEngine() {
	}

	public static List<Measure> compute(List<? extends UnitOutline> units, List<MandateVersion> believed,
			List<Briefing> briefings, Period window) {
		List<UnitOutline> active = units.stream()
			.filter(unit -> activeIn(unit, window))
			.map(UnitOutline.class::cast)
			.toList();
		Map<String, UnitOutline> byId = new LinkedHashMap<>();
		active.forEach(unit -> byId.put(unit.unitId(), unit));
		List<MandateVersion> inWindow = believed.stream()
			.filter(version -> !version.rescinded() && byId.containsKey(version.unitId()))
			.map(version -> clipped(version, byId.get(version.unitId()), window))
			.filter(Objects::nonNull)
			.toList();
		long denominator = active.size();
		// grouped once for the six measures that pair posts
		Map<String, List<MandateVersion>> byHolder = byUnitAndPerson(inWindow);
		List<Measure> measures = new ArrayList<>();
		measures.add(together("SECRETARY_CHAIRS_COUNCIL", "Bí thư đồng thời là Chủ tịch HĐND",
				"Secretary also chairs the People's Council", Set.of(SECRETARY), COUNCIL_CHAIR, byId, inWindow,
				byHolder, window, denominator));
		measures.add(together("DEPUTY_SECRETARY_CHAIRS_COUNCIL", "Phó Bí thư đồng thời là Chủ tịch HĐND",
				"Deputy secretary chairs the People's Council", Set.of(DEPUTY_SECRETARY), COUNCIL_CHAIR, byId, inWindow,
				byHolder, window, denominator));
		measures.add(together("STANDING_MEMBER_CHAIRS_COUNCIL", "Ủy viên Ban Thường vụ đồng thời là Chủ tịch HĐND",
				"Standing-committee member chairs the People's Council", Set.of(STANDING_MEMBER), COUNCIL_CHAIR, byId,
				inWindow, byHolder, window, denominator));
		measures.add(together("SECRETARY_OR_DEPUTY_CHAIRS_COUNCIL", "Bí thư hoặc Phó Bí thư là Chủ tịch HĐND",
				"Secretary or deputy secretary chairs the People's Council", Set.of(SECRETARY, DEPUTY_SECRETARY),
				COUNCIL_CHAIR, byId, inWindow, byHolder, window, denominator));
		measures.add(together("SECRETARY_CHAIRS_COMMITTEE", "Bí thư đồng thời là Chủ tịch UBND",
				"Secretary also chairs the People's Committee", Set.of(SECRETARY), COMMITTEE_CHAIR, byId, inWindow,
				byHolder, window, denominator));
		measures.addAll(nonLocalKeyPosts(byId, inWindow, denominator));
		measures.add(concurrentHoldings(byId, inWindow, byHolder, window, denominator));
		measures.addAll(BriefingMeasures.compute(byId, briefings, window));
		return measures;
	}

	/** Whether the unit exists on some day of the window: only such units count. */
	static boolean activeIn(UnitOutline unit, Period window) {
		return !unit.establishedOn().isAfter(window.until())
				&& (unit.dissolvedOn() == null || !unit.dissolvedOn().isBefore(window.from()));
	}

	/**
	 * The version with its days cut to the window and to its unit's validity (a mandate
	 * is never held on a day its unit does not exist), or null when no day is left.
	 */
	private static MandateVersion clipped(MandateVersion version, UnitOutline unit, Period window) {
		LocalDate from = max(window.from(), unit.establishedOn());
		LocalDate until = (unit.dissolvedOn() != null && unit.dissolvedOn().isBefore(window.until()))
				? unit.dissolvedOn() : window.until();
		LocalDate[] days = version.within(from, until);
		if (days == null) {
			return null;
		}
		return new MandateVersion(version.unitId(), version.mandateId(), version.postCode(), version.personId(),
				days[0], days[1], version.ended(), version.endCause(), version.locality(), version.localityBasis(),
				version.legalBasis(), version.concurrentWith(), version.rescinded(), version.change(), version.reason(),
				version.position(), version.recordedFrom(), version.recordedUntil());
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	/**
	 * Units where one person held a post of {@code firstPosts} and {@code second} on a
	 * common day.
	 */
	private static Measure together(String id, String titleVi, String titleEn, Set<String> firstPosts, String second,
			Map<String, UnitOutline> units, List<MandateVersion> mandates, Map<String, List<MandateVersion>> byHolder,
			Period window, long denominator) {
		List<Measure.Evidence> evidence = new ArrayList<>();
		Set<String> counted = new LinkedHashSet<>();
		for (MandateVersion first : mandates) {
			if (!firstPosts.contains(first.postCode())) {
				continue;
			}
			for (MandateVersion other : byHolder.get(holder(first))) {
				if (other.postCode().equals(second) && commonDay(first, other, window)) {
					counted.add(first.unitId());
					evidence.add(evidence(units.get(first.unitId()), List.of(first, other),
							first.postCode() + " + " + second));
				}
			}
		}
		return new Measure(id, titleVi, titleEn, counted.size(), denominator, Map.of(), evidence);
	}

	/**
	 * The versions grouped by unit and person, each group in the order given: only a
	 * person's own posts in one unit can pair, so pairing looks within a group.
	 */
	private static Map<String, List<MandateVersion>> byUnitAndPerson(List<MandateVersion> mandates) {
		Map<String, List<MandateVersion>> groups = new HashMap<>();
		mandates.forEach(version -> groups.computeIfAbsent(holder(version), key -> new ArrayList<>()).add(version));
		return groups;
	}

	private static String holder(MandateVersion version) {
		return version.unitId() + "\u0000" + version.personId();
	}

	private static boolean commonDay(MandateVersion a, MandateVersion b, Period window) {
		LocalDate[] first = a.within(window.from(), window.until());
		LocalDate[] second = b.within(window.from(), window.until());
		return first != null && second != null && !first[0].isAfter(second[1]) && !second[0].isAfter(first[1]);
	}

	/**
	 * Key posts held by non-locals: post slots (unit x post) and distinct persons, by
	 * post.
	 */
	private static List<Measure> nonLocalKeyPosts(Map<String, UnitOutline> units, List<MandateVersion> mandates,
			long denominator) {
		List<MandateVersion> nonLocal = mandates.stream()
			.filter(version -> isKeyPost(version.postCode()) && "NON_LOCAL".equals(version.locality()))
			.sorted(Comparator.comparing(MandateVersion::postCode).thenComparing(MandateVersion::unitId))
			.toList();
		Map<String, Set<String>> slotsByPost = new TreeMap<>();
		Map<String, Set<String>> personsByPost = new TreeMap<>();
		Set<String> persons = new LinkedHashSet<>();
		List<Measure.Evidence> evidence = new ArrayList<>();
		for (MandateVersion version : nonLocal) {
			slotsByPost.computeIfAbsent(version.postCode(), post -> new LinkedHashSet<>()).add(version.unitId());
			personsByPost.computeIfAbsent(version.postCode(), post -> new LinkedHashSet<>()).add(version.personId());
			persons.add(version.personId());
			evidence.add(evidence(units.get(version.unitId()), List.of(version), version.localityBasis()));
		}
		return List.of(
				new Measure("NON_LOCAL_KEY_POSTS", "Chức danh chủ chốt không phải người địa phương",
						"Key posts held by non-locals (unit x post)",
						slotsByPost.values().stream().mapToLong(Set::size).sum(), null, sizes(slotsByPost), evidence),
				new Measure("NON_LOCAL_KEY_POST_HOLDERS", "Số người không phải người địa phương giữ chức danh chủ chốt",
						"Non-locals holding key posts (distinct persons)", persons.size(), null, sizes(personsByPost),
						evidence));
	}

	private static boolean isKeyPost(String postCode) {
		return POSTS.find(new PostCode(postCode)).map(Post::keyPost).orElse(false);
	}

	/** Pairs of posts one person held in one unit on a common day of the window. */
	private static Measure concurrentHoldings(Map<String, UnitOutline> units, List<MandateVersion> mandates,
			Map<String, List<MandateVersion>> byHolder, Period window, long denominator) {
		Map<String, Set<String>> holdersByPair = new TreeMap<>();
		List<Measure.Evidence> evidence = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (MandateVersion a : mandates) {
			for (MandateVersion b : byHolder.get(holder(a))) {
				if (a.postCode().compareTo(b.postCode()) >= 0 || !commonDay(a, b, window)) {
					continue;
				}
				String pair = a.postCode() + " + " + b.postCode();
				String holding = a.unitId() + "|" + a.personId() + "|" + pair;
				holdersByPair.computeIfAbsent(pair, key -> new LinkedHashSet<>()).add(a.unitId() + "|" + a.personId());
				if (seen.add(holding + "|" + a.mandateId() + "|" + b.mandateId())) {
					evidence.add(evidence(units.get(a.unitId()), List.of(a, b), pair));
				}
			}
		}
		return new Measure("CONCURRENT_HOLDINGS", "Kiêm nhiệm chức danh", "Concurrent holdings (by pair of posts)",
				holdersByPair.values().stream().mapToLong(Set::size).sum(), null, sizes(holdersByPair), evidence);
	}

	private static Measure.Evidence evidence(UnitOutline unit, List<MandateVersion> versions, String detail) {
		return new Measure.Evidence(unit.unitId(), unit.name(),
				versions.stream().map(MandateVersion::personId).distinct().toList(),
				versions.stream().map(MandateVersion::postCode).toList(),
				versions.stream().map(MandateVersion::mandateId).toList(),
				versions.stream().map(MandateVersion::position).toList(),
				versions.stream()
					.flatMap(version -> Stream.of(version.legalBasis()))
					.distinct()
					.collect(Collectors.toList()),
				detail);
	}

	private static Map<String, Long> sizes(Map<String, Set<String>> sets) {
		Map<String, Long> sizes = new LinkedHashMap<>();
		sets.forEach((key, set) -> sizes.put(key, (long) set.size()));
		return sizes;
	}

}
