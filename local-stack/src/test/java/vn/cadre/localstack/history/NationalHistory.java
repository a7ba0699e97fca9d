package vn.cadre.localstack.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.axonframework.eventhandling.DomainEventMessage;
import vn.cadre.assignments.mandate.LocalityRule;
import vn.cadre.kernel.briefing.BriefingRecorded;
import vn.cadre.kernel.document.DocumentKind;
import vn.cadre.kernel.document.DocumentRegistered;
import vn.cadre.kernel.mandate.DateRange;
import vn.cadre.kernel.person.PersonRegistered;
import vn.cadre.kernel.post.Post;
import vn.cadre.kernel.post.PostCatalogue;
import vn.cadre.kernel.post.PostCode;
import vn.cadre.kernel.unit.CodeAssigned;
import vn.cadre.kernel.unit.UnitCodeEvent;
import vn.cadre.kernel.unit.UnitLevel;
import vn.cadre.kernel.unit.UnitRegistered;
import vn.cadre.kernel.unit.UnitType;

/**
 * Generates a national history for a seed and a size: the old model from {@link #START},
 * the restructuring of {@link #MERGER}, a year of the two-level model. About
 * {@value #EVENTS_PER_COMMUNE} events per old commune; the same seed and size give the
 * same events, ids and record times. Commits are handed to a {@link Sink} in the order
 * they are to be stored; see {@code docs/benchmarks.md}.
 */
public final class NationalHistory {

	static final LocalDate START = LocalDate.of(2015, 1, 1);

	static final LocalDate MERGER = LocalDate.of(2025, 7, 1);

	static final LocalDate LAST_OLD_DAY = MERGER.minusDays(1);

	static final int EVENTS_PER_COMMUNE = 100;

	private static final int PERSONS_PER_COMMUNE = 16;

	private static final int PERSONS_PER_COMMIT = 200;

	private static final String REGISTRATION_BASIS = "131/2015/QĐ-TTg";

	private static final String DIRECTIVE = "35-CT/TW";

	private static final List<String> COMMUNE_POSTS = List.of("PARTY_SECRETARY", "PARTY_DEPUTY_SECRETARY",
			"PARTY_STANDING_MEMBER", "INSPECTION_COMMITTEE_HEAD", "PARTY_BUILDING_BOARD_HEAD", "COUNCIL_CHAIR",
			"COUNCIL_VICE_CHAIR", "COUNCIL_CULTURE_SOCIETY_BOARD_HEAD", "COUNCIL_ECONOMY_BUDGET_BOARD_HEAD",
			"COUNCIL_BOARD_DEPUTY_HEAD", "COMMITTEE_CHAIR", "COMMITTEE_VICE_CHAIR", "FRONT_CHAIR", "FRONT_VICE_CHAIR",
			"FARMERS_UNION_CHAIR", "WOMENS_UNION_CHAIR", "POLICE_CHIEF", "MILITARY_COMMANDER");

	/** Receives the commits in order; each list is one commit. */
	@FunctionalInterface
	public interface Sink {

		void append(List<DomainEventMessage<?>> commit);

	}

	private final long seed;

	private final int oldCommunes;

	private final EventFactory factory;

	private final Geography geography = new Geography();

	private final Map<String, List<String>> open = new HashMap<>();

	private final List<HistoryFacts.Correction> restatements = new ArrayList<>();

	private Sink sink;

	private long events;

	private int commits;

	private int corrections;

	private int rescissions;

	private int briefings;

	private NationalHistory(long seed, long targetEvents) {
		this.seed = seed;
		this.oldCommunes = (int) Math.max(Geography.OLD_PROVINCES * 3, targetEvents / EVENTS_PER_COMMUNE);
		this.factory = new EventFactory(seed);
	}

	/** Generates about {@code targetEvents} events into {@code sink}. */
	public static HistoryFacts generate(long seed, long targetEvents, Sink sink) {
		NationalHistory history = new NationalHistory(seed, targetEvents);
		history.sink = sink;
		return history.run();
	}

	private HistoryFacts run() {
		emit(documents());
		for (int province = 0; province < Geography.OLD_PROVINCES; province++) {
			registerProvince(province);
		}
		for (int province = 0; province < Geography.OLD_PROVINCES; province++) {
			for (Geography.OldCommune commune : this.geography.communes.get(province)) {
				oldEra(commune, province);
			}
		}
		this.geography.group();
		restructure();
		for (Geography.NewCommune commune : this.geography.newCommunes) {
			newEra(commune);
		}
		int districts = this.geography.districts.stream().mapToInt(List::size).sum();
		long split = this.geography.newCommunes.stream()
			.flatMap(commune -> commune.partial().stream())
			.distinct()
			.count();
		return new HistoryFacts(this.seed, this.events, this.commits, Geography.OLD_PROVINCES, Geography.NEW_PROVINCES,
				districts, this.oldCommunes, this.geography.newCommunes.size(), (int) split,
				this.oldCommunes * PERSONS_PER_COMMUNE, this.corrections, this.rescissions, this.briefings,
				this.geography.newCommunes.stream().map(Geography.NewCommune::unitId).toList(),
				java.util.stream.IntStream.range(0, Geography.NEW_PROVINCES).mapToObj(Geography::provinceId).toList(),
				List.copyOf(this.restatements), officeBasis(0));
	}

	private void emit(List<DomainEventMessage<?>> commit) {
		if (!commit.isEmpty()) {
			this.sink.append(commit);
			this.events += commit.size();
			this.commits++;
		}
	}

	static String officeBasis(int province) {
		return Geography.provinceCode(province) + "/QĐ-TU";
	}

	private List<DomainEventMessage<?>> documents() {
		List<DomainEventMessage<?>> commit = new ArrayList<>();
		commit.add(document(REGISTRATION_BASIS, LocalDate.of(2014, 12, 1), "Thủ tướng Chính phủ", DocumentKind.DECISION,
				"Danh mục đơn vị hành chính"));
		commit.add(document(DIRECTIVE, LocalDate.of(2019, 5, 30), "Bộ Chính trị", DocumentKind.DIRECTIVE,
				"Về tổ chức đại hội đảng bộ các cấp"));
		for (int province = 0; province < Geography.OLD_PROVINCES; province++) {
			commit.add(document(officeBasis(province), START.minusDays(10), "Ban Thường vụ Tỉnh ủy",
					DocumentKind.DECISION, "Về công tác cán bộ"));
		}
		for (int province = 0; province < Geography.NEW_PROVINCES; province++) {
			commit.add(document(Resolutions.basis(province), LocalDate.of(2025, 6, 16), "Ủy ban Thường vụ Quốc hội",
					DocumentKind.RESOLUTION, "Về việc sắp xếp các đơn vị hành chính năm 2025"));
		}
		return commit;
	}

	private DomainEventMessage<?> document(String number, LocalDate issuedOn, String issuer, DocumentKind kind,
			String title) {
		Instant recordedAt = issuedOn.plusDays(1).atTime(1, 0).toInstant(ZoneOffset.UTC);
		return this.factory.event("LegalDocument", number,
				new DocumentRegistered(number, issuedOn, issuer, kind, title), recordedAt,
				this.factory.command(number, null));
	}

	/**
	 * The province, its districts and communes in one commit; their holders in commits of
	 * {@value #PERSONS_PER_COMMIT}.
	 */
	private void registerProvince(int province) {
		SplittableRandom random = random(province);
		int communes = this.oldCommunes / Geography.OLD_PROVINCES
				+ ((province < this.oldCommunes % Geography.OLD_PROVINCES) ? 1 : 0);
		int firstCode = 10_000 + province * (this.oldCommunes / Geography.OLD_PROVINCES + 1);
		int districtCount = Math.max(1, Math.min(11, Math.round(communes / 14.5f)));
		List<DomainEventMessage<?>> units = new ArrayList<>();
		units.addAll(register(Geography.provinceId(province), Geography.provinceCode(province),
				Geography.provinceName(province), UnitType.PROVINCE, null));
		List<String> districts = new ArrayList<>();
		for (int d = 0; d < districtCount; d++) {
			String code = Geography.districtCode(province, d);
			districts.add(code);
			units.addAll(register("huyen-" + code, code, "Sơn " + code, UnitType.RURAL_DISTRICT,
					Geography.provinceId(province)));
		}
		this.geography.districts.add(districts);
		List<Geography.OldCommune> old = new ArrayList<>();
		List<DomainEventMessage<?>> persons = new ArrayList<>();
		for (int c = 0; c < communes; c++) {
			String code = String.format("%05d", firstCode + c);
			String districtId = "huyen-" + districts.get(c % districtCount);
			units.addAll(register("xa-" + code, code, "Hòa " + code, UnitType.COMMUNE, districtId));
			List<Holder> pool = new ArrayList<>();
			for (int n = 1; n <= PERSONS_PER_COMMUNE; n++) {
				String hometown = (random.nextDouble() < 0.75) ? code : String.format("%05d", 10_000
						+ random.nextInt(Geography.OLD_PROVINCES) * (this.oldCommunes / Geography.OLD_PROVINCES + 1));
				Holder holder = new Holder("cb-" + code + "-" + n, hometown);
				pool.add(holder);
				persons.add(person(holder, code, n, random));
				if (persons.size() == PERSONS_PER_COMMIT) {
					emitAfter(units, persons);
				}
			}
			old.add(new Geography.OldCommune("xa-" + code, code, "Hòa " + code, province, districtId, pool));
		}
		this.geography.communes.add(old);
		emitAfter(units, persons);
	}

	/** Persons are registered once the units of their hometowns are. */
	private void emitAfter(List<DomainEventMessage<?>> units, List<DomainEventMessage<?>> persons) {
		if (!units.isEmpty()) {
			emit(new ArrayList<>(units));
			units.clear();
		}
		emit(new ArrayList<>(persons));
		persons.clear();
	}

	private DomainEventMessage<?> person(Holder holder, String code, int n, SplittableRandom random) {
		PersonRegistered registered = new PersonRegistered(holder.personId(), "Cán bộ " + code + "-" + n,
				1960 + random.nextInt(36), holder.hometownCode(), START, null, null);
		return this.factory.event("Person", holder.personId(), registered,
				START.atTime(1, 30).toInstant(ZoneOffset.UTC), this.factory.command(REGISTRATION_BASIS, null));
	}

	private List<DomainEventMessage<?>> register(String unitId, String code, String name, UnitType type,
			String parentId) {
		Map<String, String> metadata = this.factory.command(REGISTRATION_BASIS, null);
		Instant recordedAt = START.atTime(1, 0).toInstant(ZoneOffset.UTC);
		return List.of(
				this.factory.event("UnitCodeHistory", UnitCodeEvent.aggregateIdOf(code),
						new CodeAssigned(code, unitId, START, REGISTRATION_BASIS), recordedAt, metadata),
				this.factory.event(MandateReplay.AGGREGATE, unitId,
						new UnitRegistered(unitId, code, name, type, parentId, START, REGISTRATION_BASIS), recordedAt,
						metadata));
	}

	private void oldEra(Geography.OldCommune commune, int province) {
		SplittableRandom random = random(1_000_000 + Integer.parseInt(commune.code()));
		List<Geography.OldCommune> neighbours = this.geography.communes.get(province);
		Geography.OldCommune next = neighbours.get((neighbours.indexOf(commune) + 1) % neighbours.size());
		Holder outsider = (next != commune) ? next.pool().get(0) : null;
		MandatePlan.Era era = new MandatePlan.Era(START, LocalDate.of(2025, 5, 31),
				Resolutions.RECORDED.minusSeconds(86_400 * 4), oldTerms());
		List<Post> posts = posts(START);
		List<Intent> intents = new MandatePlan("mc-" + commune.code(), posts, commune.pool(), Set.of(commune.code()),
				outsider, era, random)
			.plan();
		MandateReplay replay = new MandateReplay(commune.unitId(),
				List.of(new LocalityRule.CodePeriod(commune.code(), DateRange.from(START), commune.name())),
				hometowns(commune.pool(), outsider), officeBasis(province), this.factory);
		List<DomainEventMessage<?>> commit = new ArrayList<>(replay.replay(intents));
		commit.addAll(briefings(commune.unitId(), commune.code(), random, false));
		emit(commit);
		count(intents, replay, commune.unitId());
		this.open.put(commune.unitId(), replay.runningPast(LAST_OLD_DAY));
	}

	private void count(List<Intent> intents, MandateReplay replay, String unitId) {
		this.corrections += replay.corrections().size();
		this.rescissions += (int) intents.stream().filter(Intent.Rescind.class::isInstance).count();
		if (!replay.corrections().isEmpty() && this.restatements.size() < 500) {
			this.restatements.add(new HistoryFacts.Correction(unitId, replay.corrections().get(0)));
		}
	}

	private void restructure() {
		Resolutions resolutions = new Resolutions(this.factory);
		for (int province = Geography.KEPT_PROVINCES; province < Geography.NEW_PROVINCES; province++) {
			int enlarged = province;
			List<Integer> absorbed = java.util.stream.IntStream.range(Geography.NEW_PROVINCES, Geography.OLD_PROVINCES)
				.filter(old -> Geography.successor(old) == enlarged)
				.boxed()
				.toList();
			emit(resolutions.enlarge(province, absorbed));
		}
		for (int province = 0; province < Geography.OLD_PROVINCES; province++) {
			emit(resolutions.dissolveDistricts(province, this.geography.districts.get(province)));
			Set<Geography.OldCommune> own = new HashSet<>(this.geography.communes.get(province));
			List<Geography.NewCommune> formed = this.geography.newCommunes.stream()
				.filter(commune -> own.contains(commune.whole().get(0)))
				.toList();
			emit(resolutions.mergeCommunes(province, formed, this.open));
		}
	}

	private void newEra(Geography.NewCommune commune) {
		SplittableRandom random = random(2_000_000 + Integer.parseInt(commune.code()));
		Map<String, Holder> pool = new LinkedHashMap<>();
		commune.predecessors()
			.forEach(old -> old.pool().forEach(holder -> pool.putIfAbsent(holder.personId(), holder)));
		Set<String> localCodes = new HashSet<>();
		List<LocalityRule.CodePeriod> lineage = new ArrayList<>();
		lineage.add(new LocalityRule.CodePeriod(commune.code(), DateRange.from(MERGER), commune.name()));
		for (Geography.OldCommune old : commune.predecessors()) {
			localCodes.add(old.code());
			lineage.add(new LocalityRule.CodePeriod(old.code(), new DateRange(START, LAST_OLD_DAY), old.name()));
		}
		MandatePlan.Era era = new MandatePlan.Era(MERGER, LocalDate.of(2026, 5, 31),
				LocalDate.of(2026, 6, 30).atStartOfDay().toInstant(ZoneOffset.UTC), newTerms());
		List<Intent> intents = new MandatePlan("mm-" + commune.code(), posts(MERGER), List.copyOf(pool.values()),
				localCodes, null, era, random)
			.plan();
		MandateReplay replay = new MandateReplay(commune.unitId(), lineage, hometowns(pool.values(), null),
				Resolutions.basis(commune.province()), this.factory);
		List<DomainEventMessage<?>> commit = new ArrayList<>(replay.replay(intents));
		commit.addAll(briefings(commune.unitId(), commune.code(), random, true));
		emit(commit);
		count(intents, replay, commune.unitId());
	}

	private List<DomainEventMessage<?>> briefings(String unitId, String code, SplittableRandom random,
			boolean afterMerger) {
		List<DomainEventMessage<?>> events = new ArrayList<>();
		int count = afterMerger ? 1 : 2 + random.nextInt(3);
		for (int n = 1; n <= count; n++) {
			LocalDate heldOn = afterMerger ? MERGER.plusDays(5 + random.nextInt(60))
					: LocalDate.of(2019, 6, 15).plusDays(random.nextInt(700));
			String briefingId = "hn-" + unitId + "-" + n;
			BriefingRecorded recorded = new BriefingRecorded(briefingId, unitId, heldOn,
					"Hội nghị quán triệt Chỉ thị 35-CT/TW", List.of(DIRECTIVE),
					afterMerger ? 150 + random.nextInt(100) : 20 + random.nextInt(60));
			events.add(this.factory.event("Briefing", briefingId, recorded,
					heldOn.plusDays(2).atTime(4, 0).toInstant(ZoneOffset.UTC), this.factory.command(DIRECTIVE, null)));
			this.briefings++;
		}
		return events;
	}

	private static Map<String, String> hometowns(java.util.Collection<Holder> pool, Holder outsider) {
		Map<String, String> hometowns = new HashMap<>();
		pool.forEach(holder -> hometowns.put(holder.personId(), holder.hometownCode()));
		if (outsider != null) {
			hometowns.put(outsider.personId(), outsider.hometownCode());
		}
		return hometowns;
	}

	/** The commune posts that exist on {@code day}, in the catalogue's order. */
	static List<Post> posts(LocalDate day) {
		PostCatalogue catalogue = PostCatalogue.standard();
		return COMMUNE_POSTS.stream()
			.map(code -> catalogue.find(new PostCode(code)).orElseThrow())
			.filter(post -> post.existsAt(UnitLevel.COMMUNE, day))
			.toList();
	}

	private static Map<String, List<LocalDate>> oldTerms() {
		Map<String, List<LocalDate>> terms = new HashMap<>();
		List<LocalDate> party = List.of(LocalDate.of(2015, 9, 1), LocalDate.of(2020, 7, 1));
		List<LocalDate> council = List.of(LocalDate.of(2016, 6, 1), LocalDate.of(2021, 5, 23));
		List<LocalDate> front = List.of(LocalDate.of(2019, 9, 1), LocalDate.of(2024, 9, 1));
		for (String post : COMMUNE_POSTS) {
			terms.put(post,
					post.startsWith("PARTY") || post.startsWith("INSPECTION") ? party
							: post.startsWith("COUNCIL") || post.startsWith("COMMITTEE") ? council
									: post.startsWith("POLICE") ? List.of(LocalDate.of(2020, 1, 1))
											: post.startsWith("MILITARY") ? List.of() : front);
		}
		return terms;
	}

	private static Map<String, List<LocalDate>> newTerms() {
		Map<String, List<LocalDate>> terms = new HashMap<>();
		for (String post : COMMUNE_POSTS) {
			if (post.startsWith("COUNCIL") || post.startsWith("COMMITTEE")) {
				terms.put(post, List.of(LocalDate.of(2026, 3, 15)));
			}
		}
		return terms;
	}

	private SplittableRandom random(long stream) {
		return new SplittableRandom(this.seed * 1_000_003L + stream);
	}

}
