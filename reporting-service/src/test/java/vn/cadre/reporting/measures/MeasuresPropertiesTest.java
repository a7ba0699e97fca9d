package vn.cadre.reporting.measures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import vn.cadre.kernel.CadreEvent;
import vn.cadre.kernel.PublishedEvent;
import vn.cadre.kernel.briefing.BriefingRecorded;
import vn.cadre.kernel.mandate.AssignmentCorrected;
import vn.cadre.kernel.mandate.AssignmentEnded;
import vn.cadre.kernel.mandate.AssignmentRescinded;
import vn.cadre.kernel.mandate.EndCause;
import vn.cadre.kernel.mandate.Locality;
import vn.cadre.kernel.mandate.PositionAssigned;
import vn.cadre.kernel.unit.UnitMergedInto;
import vn.cadre.kernel.unit.UnitRegistered;
import vn.cadre.kernel.unit.UnitSplit;
import vn.cadre.kernel.unit.UnitType;
import vn.cadre.kernel.unit.UnitsMerged;
import vn.cadre.reporting.audit.AuditLogProjections;
import vn.cadre.reporting.briefings.BriefingProjections;
import vn.cadre.reporting.briefings.Briefings;
import vn.cadre.reporting.mandates.MandateHistoryProjection;
import vn.cadre.reporting.mandates.MandateQueries;
import vn.cadre.reporting.messaging.rebuild.ReadModelComparison;
import vn.cadre.reporting.projection.Generations;
import vn.cadre.reporting.projection.Projection;
import vn.cadre.reporting.projection.ReadModels;
import vn.cadre.reporting.units.UnitQueries;
import vn.cadre.reporting.units.UnitRegisterProjection;
import vn.cadre.support.testing.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For random histories (assignments, endings, corrections, rescissions, backdated
 * mandates, a merger with a split), the counts read from the incrementally fed read
 * models (units interleaved in another order, events delivered twice) equal the counts of
 * a rebuild (every event once, in order), and both equal a naive reference computed here
 * day by day straight from the events, for every record time.
 */
class MeasuresPropertiesTest {

	private static final LocalDate EFFECTIVE = LocalDate.of(2025, 7, 1);

	private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

	private static final List<String> POSTS = List.of("PARTY_SECRETARY", "COUNCIL_CHAIR", "COMMITTEE_CHAIR",
			"POLICE_CHIEF");

	private static MongoClient client;

	@BeforeContainer
	static void connect() {
		client = MongoClients.create(TestInfrastructure.mongoUri());
	}

	@AfterContainer
	static void close() {
		client.close();
	}

	sealed interface Step permits Assign, Correct, End, Rescind, Brief {

	}

	record Assign(int unit, int post, int person, int from, Integer length, boolean nonLocal) implements Step {

	}

	record Correct(int mandate, int person, int from, Integer length, boolean nonLocal) implements Step {

	}

	record End(int mandate, int length) implements Step {

	}

	record Rescind(int mandate) implements Step {

	}

	/** A conference held in a unit: an aggregate of its own, as on the command side. */
	record Brief(int unit, int day) implements Step {

	}

	/** A mandate as the naive reference folds it from the events. */
	record Facts(String unitId, String postCode, String personId, LocalDate from, LocalDate until, String locality) {

	}

	@Property(tries = 40)
	void incremental_equalsBatchedRebuild_equalsNaive(@ForAll("histories") List<Step> steps, @ForAll boolean split,
			@ForAll("seeds") long seed) {
		List<PublishedEvent> events = history(steps, split);
		ReadModels incremental = fresh();
		ReadModels rebuilt = fresh();
		deliverShuffledWithDuplicates(events, incremental, new Random(seed));
		applyInBatches(events, rebuilt, new Random(seed));

		List<Period> windows = List.of(new Period("old", "", "", LocalDate.of(2024, 1, 1), EFFECTIVE.minusDays(1)),
				new Period("new", "", "", EFFECTIVE, LocalDate.of(2026, 12, 31)), Period.day(LocalDate.of(2025, 3, 1)),
				Period.day(LocalDate.of(2026, 1, 1)));
		for (int i = 0; i <= events.size(); i += Math.max(1, events.size() / 4)) {
			Instant knownAt = (i < events.size()) ? events.get(i).recordedAt() : Instant.now();
			for (Period window : windows) {
				List<Measure> live = measures(incremental, window, knownAt);
				List<Measure> fromScratch = measures(rebuilt, window, knownAt);
				Map<String, Long> naive = naive(events, window, knownAt, split);
				for (String id : naive.keySet()) {
					assertThat(value(live, id)).as("%s incremental vs rebuild, %s at %s", id, window.id(), knownAt)
						.isEqualTo(value(fromScratch, id));
					assertThat(value(live, id)).as("%s vs naive, %s at %s", id, window.id(), knownAt)
						.isEqualTo(naive.get(id));
				}
			}
		}
	}

	/**
	 * What the consistency check compares after a rebuild: delivered live (aggregates
	 * interleaved otherwise, some events twice), every read model holds exactly the
	 * documents that applying the events in order, in batches, gives.
	 */
	@Property(tries = 25)
	void everyReadModel_holdsTheDocumentsOfARebuild(@ForAll("histories") List<Step> steps, @ForAll boolean split,
			@ForAll("seeds") long seed) {
		List<PublishedEvent> events = history(steps, split);
		ReadModels live = fresh();
		ReadModels rebuilt = fresh();
		List<Projection> projections = List.of(new UnitRegisterProjection(), new MandateHistoryProjection(),
				BriefingProjections.of(),
				AuditLogProjections.of(new ObjectMapper().registerModule(new JavaTimeModule())));

		deliverShuffledWithDuplicates(events, live, new Random(seed), projections);
		applyInBatches(events, rebuilt, new Random(seed), projections);

		assertThat(new ReadModelComparison().compare(live, rebuilt)).isEmpty();
	}

	/**
	 * The measures read from each unit's countable versions ({@code mandate_units})
	 * equal, figure by figure and row of evidence by row, those computed from every
	 * version believed ({@code mandate_versions}), for every scope, window and record
	 * time.
	 */
	@Property(tries = 25)
	void countableVersions_giveTheMeasuresOfEveryVersion(@ForAll("histories") List<Step> steps, @ForAll boolean split,
			@ForAll("seeds") long seed) {
		List<PublishedEvent> events = history(steps, split);
		ReadModels incremental = fresh();
		deliverShuffledWithDuplicates(events, incremental, new Random(seed));
		Generations generations = new Generations(database(incremental));
		MeasureService service = new MeasureService(new UnitQueries(generations), new MandateQueries(generations),
				new Briefings(generations), WideQuestionsTest.oneAtATime());
		EveryVersionMeasures reference = new EveryVersionMeasures(new UnitQueries(generations),
				new MandateQueries(generations), new Briefings(generations));
		List<Period> windows = List.of(new Period("old", "", "", LocalDate.of(2024, 1, 1), EFFECTIVE.minusDays(1)),
				new Period("new", "", "", EFFECTIVE, LocalDate.of(2026, 12, 31)), Period.day(LocalDate.of(2025, 3, 1)));
		for (int i = 0; i <= events.size(); i += Math.max(1, events.size() / 4)) {
			Instant knownAt = (i < events.size()) ? events.get(i).recordedAt() : Instant.now();
			for (Period window : windows) {
				for (Scope scope : List.of(Scope.COUNTRY, Scope.UNIT, Scope.LINEAGE)) {
					String unitId = (scope == Scope.COUNTRY) ? null : "n";
					assertThat(service.measure(scope, unitId, null, window, null, knownAt).measures())
						.as("%s %s at %s", scope, window.id(), knownAt)
						.isEqualTo(reference.measure(scope, unitId, null, window, null, knownAt).measures());
				}
			}
		}
	}

	/**
	 * Units a, b (old, merged on the effective day into n; b split between n and m when
	 * {@code split}).
	 */
	private static List<PublishedEvent> history(List<Step> steps, boolean split) {
		List<CadreEvent> events = new ArrayList<>();
		events.add(new UnitRegistered("a", "00001", "A", UnitType.COMMUNE, null, LocalDate.of(2008, 1, 1), "d"));
		events.add(new UnitRegistered("b", "00002", "B", UnitType.COMMUNE, null, LocalDate.of(2008, 1, 1), "d"));
		List<String> mandates = new ArrayList<>();
		Map<String, String> unitOf = new HashMap<>();
		int half = steps.size() / 2;
		for (int i = 0; i < steps.size(); i++) {
			if (i == half) {
				events.add(new UnitMergedInto("a", "n", EFFECTIVE.minusDays(1), "r", "nq"));
				events.add(split ? new UnitSplit("b", List.of("n", "m"), EFFECTIVE.minusDays(1), "r", "nq")
						: new UnitMergedInto("b", "n", EFFECTIVE.minusDays(1), "r", "nq"));
				events.add(new UnitsMerged("n", "00001", "N", UnitType.COMMUNE, null, EFFECTIVE, List.of("a", "b"),
						split ? List.of("b") : List.of(), List.of(), "r", "nq"));
				if (split) {
					events.add(new UnitsMerged("m", "00003", "M", UnitType.COMMUNE, null, EFFECTIVE, List.of("b"),
							List.of("b"), List.of(), "r", "nq"));
				}
			}
			Step step = steps.get(i);
			if (step instanceof Brief brief) {
				events.add(new BriefingRecorded("hn" + i, List.of("a", "b", "n").get(brief.unit()),
						LocalDate.of(2024, 1, 1).plusDays(brief.day()), "Hội nghị quán triệt", List.of("35-CT/TW"),
						30));
			}
			else if (step instanceof Assign assign) {
				String unit = List.of("a", "b", "n").get(assign.unit());
				LocalDate from = LocalDate.of(2024, 1, 1).plusDays(assign.from());
				String id = "m" + mandates.size();
				mandates.add(id);
				unitOf.put(id, unit);
				events.add(new PositionAssigned(id, unit, POSTS.get(assign.post()), "p" + assign.person(), from,
						(assign.length() != null) ? from.plusDays(assign.length()) : null,
						assign.nonLocal() ? Locality.NON_LOCAL : Locality.LOCAL, "x", "d", List.of()));
			}
			else if (!mandates.isEmpty()) {
				String id = mandates.get(indexOf(step) % mandates.size());
				if (step instanceof Correct correct) {
					LocalDate from = LocalDate.of(2024, 1, 1).plusDays(correct.from());
					events.add(new AssignmentCorrected(id, unitOf.get(id), postOf(events, id), "p" + correct.person(),
							from, (correct.length() != null) ? from.plusDays(correct.length()) : null,
							correct.nonLocal() ? Locality.NON_LOCAL : Locality.LOCAL, "x", List.of(), "r", "d"));
				}
				else if (step instanceof End end) {
					events.add(new AssignmentEnded(id, unitOf.get(id), LocalDate.of(2024, 6, 1).plusDays(end.length()),
							EndCause.OTHER, "d", null));
				}
				else if (step instanceof Rescind) {
					events.add(new AssignmentRescinded(id, unitOf.get(id), "r", "d"));
				}
			}
		}
		List<PublishedEvent> published = new ArrayList<>();
		Map<String, Long> sequences = new HashMap<>();
		for (int i = 0; i < events.size(); i++) {
			CadreEvent event = events.get(i);
			String aggregate = aggregateOf(event);
			long sequence = sequences.merge(aggregate, 1L, Long::sum) - 1;
			published.add(new PublishedEvent("e" + i, event.getClass().getName(), "1", i + 1,
					(event instanceof BriefingRecorded) ? "Briefing" : "AdministrativeUnit", aggregate, sequence,
					START.plusSeconds(3600L * i), Map.of(), event));
		}
		return published;
	}

	private static int indexOf(Step step) {
		if (step instanceof Correct correct) {
			return correct.mandate();
		}
		if (step instanceof End end) {
			return end.length();
		}
		return ((Rescind) step).mandate();
	}

	private static String postOf(List<CadreEvent> events, String mandateId) {
		return events.stream()
			.filter(event -> event instanceof PositionAssigned assigned && assigned.mandateId().equals(mandateId))
			.map(event -> ((PositionAssigned) event).postCode())
			.findFirst()
			.orElseThrow();
	}

	private static String aggregateOf(CadreEvent event) {
		if (event instanceof BriefingRecorded recorded) {
			return recorded.briefingId();
		}
		if (event instanceof vn.cadre.kernel.unit.UnitEvent unitEvent) {
			return unitEvent.unitId();
		}
		return ((vn.cadre.kernel.mandate.MandateEvent) event).unitId();
	}

	private static ReadModels fresh() {
		return ReadModels.of(client.getDatabase("measures_" + UUID.randomUUID().toString().substring(0, 8)));
	}

	/**
	 * Keeps each unit's order (one partition each) but interleaves the units at random,
	 * and delivers some events twice, as a consumer does after a crash.
	 */
	private static void deliverShuffledWithDuplicates(List<PublishedEvent> events, ReadModels target, Random random) {
		deliverShuffledWithDuplicates(events, target, random,
				List.of(new UnitRegisterProjection(), new MandateHistoryProjection()));
	}

	private static void deliverShuffledWithDuplicates(List<PublishedEvent> events, ReadModels target, Random random,
			List<Projection> projections) {
		Map<String, List<PublishedEvent>> byAggregate = new LinkedHashMap<>();
		events.forEach(event -> byAggregate.computeIfAbsent(event.aggregateId(), id -> new ArrayList<>()).add(event));
		Map<String, Integer> next = new HashMap<>();
		List<String> open = new ArrayList<>(byAggregate.keySet());
		while (!open.isEmpty()) {
			String aggregate = open.get(random.nextInt(open.size()));
			int index = next.getOrDefault(aggregate, 0);
			PublishedEvent event = byAggregate.get(aggregate).get(index);
			projections.forEach(projection -> projection.apply(event, target));
			if (random.nextInt(4) == 0) {
				projections.forEach(projection -> projection.apply(event, target));
			}
			next.put(aggregate, index + 1);
			if (index + 1 == byAggregate.get(aggregate).size()) {
				open.remove(aggregate);
			}
		}
	}

	/** As a rebuild or a consumer catching up does: polls of any size, each one batch. */
	private static void applyInBatches(List<PublishedEvent> events, ReadModels target, Random random) {
		applyInBatches(events, target, random, List.of(new UnitRegisterProjection(), new MandateHistoryProjection()));
	}

	private static void applyInBatches(List<PublishedEvent> events, ReadModels target, Random random,
			List<Projection> projections) {
		for (int from = 0; from < events.size();) {
			int to = Math.min(events.size(), from + 1 + random.nextInt(40));
			List<PublishedEvent> batch = events.subList(from, to);
			projections.forEach(projection -> projection.applyAll(batch, target));
			from = to;
		}
	}

	private static List<Measure> measures(ReadModels readModels, Period window, Instant knownAt) {
		MongoDatabase database = database(readModels);
		Generations generations = new Generations(database);
		MeasureService service = new MeasureService(new UnitQueries(generations), new MandateQueries(generations),
				new Briefings(generations), WideQuestionsTest.oneAtATime());
		return service.measure(Scope.COUNTRY, null, null, window, null, knownAt).measures();
	}

	private static MongoDatabase database(ReadModels readModels) {
		return readModels.database();
	}

	/**
	 * The reference: fold the events recorded by {@code knownAt} into each mandate's
	 * facts, then look at every day of the window.
	 */
	private static Map<String, Long> naive(List<PublishedEvent> events, Period window, Instant knownAt, boolean split) {
		Map<String, Facts> mandates = new LinkedHashMap<>();
		for (PublishedEvent event : events) {
			if (event.recordedAt().isAfter(knownAt)) {
				continue;
			}
			Object payload = event.payload();
			if (payload instanceof PositionAssigned a) {
				mandates.put(a.unitId() + a.mandateId(),
						new Facts(a.unitId(), a.postCode(), a.personId(), a.from(), a.until(), a.locality().name()));
			}
			else if (payload instanceof AssignmentCorrected c) {
				mandates.computeIfPresent(c.unitId() + c.mandateId(), (key, f) -> new Facts(f.unitId(), c.postCode(),
						c.personId(), c.from(), c.until(), c.locality().name()));
			}
			else if (payload instanceof AssignmentEnded e) {
				mandates.computeIfPresent(e.unitId() + e.mandateId(), (key, f) -> new Facts(f.unitId(), f.postCode(),
						f.personId(), f.from(), e.lastDay(), f.locality()));
			}
			else if (payload instanceof AssignmentRescinded r) {
				mandates.remove(r.unitId() + r.mandateId());
			}
		}
		Map<String, LocalDate[]> units = new LinkedHashMap<>();
		// the register of units is read as it is now: restructurings are appended, never
		// corrected
		boolean merged = events.stream().anyMatch(event -> event.payload() instanceof UnitsMerged);
		units.put("a", new LocalDate[] { LocalDate.of(2008, 1, 1), merged ? EFFECTIVE.minusDays(1) : null });
		units.put("b", new LocalDate[] { LocalDate.of(2008, 1, 1), merged ? EFFECTIVE.minusDays(1) : null });
		if (merged) {
			units.put("n", new LocalDate[] { EFFECTIVE, null });
			if (split) {
				units.put("m", new LocalDate[] { EFFECTIVE, null });
			}
		}
		Set<String> chairing = new HashSet<>();
		Set<String> nonLocalSlots = new HashSet<>();
		Set<String> concurrent = new HashSet<>();
		for (LocalDate day = window.from(); !day.isAfter(window.until()); day = day.plusDays(1)) {
			for (Facts a : mandates.values()) {
				if (!holds(a, day) || !exists(units.get(a.unitId()), day)) {
					continue;
				}
				if (a.locality().equals("NON_LOCAL") && !a.postCode().equals("COUNCIL_CHAIR")) {
					nonLocalSlots.add(a.unitId() + a.postCode());
				}
				for (Facts b : mandates.values()) {
					if (holds(b, day) && a.unitId().equals(b.unitId()) && a.personId().equals(b.personId())
							&& a.postCode().compareTo(b.postCode()) < 0) {
						concurrent.add(a.unitId() + a.personId() + a.postCode() + b.postCode());
						if (a.postCode().equals("COUNCIL_CHAIR") && b.postCode().equals("PARTY_SECRETARY")) {
							chairing.add(a.unitId());
						}
					}
				}
			}
		}
		return Map.of("SECRETARY_CHAIRS_COUNCIL", (long) chairing.size(), "NON_LOCAL_KEY_POSTS",
				(long) nonLocalSlots.size(), "CONCURRENT_HOLDINGS", (long) concurrent.size());
	}

	private static boolean holds(Facts facts, LocalDate day) {
		return !day.isBefore(facts.from()) && (facts.until() == null || !day.isAfter(facts.until()));
	}

	private static boolean exists(LocalDate[] validity, LocalDate day) {
		// a mandate is never held on a day its unit does not exist
		return validity != null && !day.isBefore(validity[0]) && (validity[1] == null || !day.isAfter(validity[1]));
	}

	private static long value(List<Measure> measures, String id) {
		return measures.stream().filter(measure -> measure.id().equals(id)).findFirst().orElseThrow().value();
	}

	@Provide
	Arbitrary<Long> seeds() {
		return Arbitraries.longs();
	}

	@Provide
	Arbitrary<List<Step>> histories() {
		Arbitrary<Integer> day = Arbitraries.integers().between(0, 1000);
		Arbitrary<Integer> length = Arbitraries.integers().between(0, 500).injectNull(0.4);
		Arbitrary<Step> assign = Combinators
			.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, POSTS.size() - 1),
					Arbitraries.integers().between(1, 3), day, length, Arbitraries.of(true, false))
			.as(Assign::new);
		Arbitrary<Step> correct = Combinators
			.combine(Arbitraries.integers().between(0, 30), Arbitraries.integers().between(1, 3), day, length,
					Arbitraries.of(true, false))
			.as(Correct::new);
		Arbitrary<Step> end = Arbitraries.integers().between(0, 300).map(value -> new End(value, value));
		Arbitrary<Step> rescind = Arbitraries.integers().between(0, 30).map(Rescind::new);
		Arbitrary<Step> brief = Combinators.combine(Arbitraries.integers().between(0, 2), day).as(Brief::new);
		return Arbitraries
			.frequencyOf(Tuple.of(5, assign), Tuple.of(2, correct), Tuple.of(1, end), Tuple.of(1, rescind),
					Tuple.of(2, brief))
			.list()
			.ofMinSize(2)
			.ofMaxSize(24);
	}

}
