package vn.cadre.reporting.measures;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.cadre.kernel.CadreEvent;
import vn.cadre.kernel.PublishedEvent;
import vn.cadre.kernel.mandate.AssignmentCorrected;
import vn.cadre.kernel.mandate.AssignmentEnded;
import vn.cadre.kernel.mandate.AssignmentRescinded;
import vn.cadre.kernel.mandate.EndCause;
import vn.cadre.kernel.mandate.Locality;
import vn.cadre.kernel.mandate.PositionAssigned;
import vn.cadre.kernel.unit.UnitMergedInto;
import vn.cadre.kernel.unit.UnitRegistered;
import vn.cadre.kernel.unit.UnitType;
import vn.cadre.kernel.unit.UnitsMerged;
import vn.cadre.reporting.briefings.Briefings;
import vn.cadre.reporting.briefings.Briefings.Briefing;
import vn.cadre.kernel.briefing.BriefingRecorded;
import vn.cadre.reporting.briefings.BriefingProjection;
import vn.cadre.reporting.mandates.MandateHistoryProjection;
import vn.cadre.reporting.mandates.MandateQueries;
import vn.cadre.reporting.mandates.MandateVersion;
import vn.cadre.reporting.projection.Generations;
import vn.cadre.reporting.projection.ReadModels;
import vn.cadre.reporting.units.UnitOutline;
import vn.cadre.reporting.units.UnitQueries;
import vn.cadre.reporting.units.UnitRegisterProjection;
import vn.cadre.support.testing.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Latency of the measures over a synthetic national history, read from each unit's
 * countable versions ({@code mandate_units}) against the earlier path over every version
 * ({@link EveryVersionMeasures}), both on the same data in the same run. Run on demand:
 * {@code -Dtest=MeasuresBenchmark -Dgroups=benchmark -Dcadre.excludedGroups=} (size:
 * {@code -Dbenchmark.versions=1000000}; runs of the slow measurements of the wide scopes:
 * {@code -Dbenchmark.baselineRuns=3}; {@code -Dbenchmark.wideBaseline=false} skips the
 * earlier path on the wide scopes, which then print NaN for it).
 */
@Tag("benchmark")
class MeasuresBenchmark {

	private static final int VERSIONS = Integer.getInteger("benchmark.versions", 1_000_000);

	private static final int BASELINE_RUNS = Integer.getInteger("benchmark.baselineRuns", 3);

	/**
	 * Whether to time the earlier path on province and country too: it matches each of a
	 * million versions against the 500 units of every batch, tens of minutes per country
	 * query at the full size.
	 */
	private static final boolean WIDE_BASELINE = Boolean
		.parseBoolean(System.getProperty("benchmark.wideBaseline", "true"));

	private static final int OLD_COMMUNES = 10_002;

	private static final int PROVINCES = 34;

	private static final int DISTRICTS_PER_PROVINCE = 11;

	private static final LocalDate START = LocalDate.of(2015, 1, 1);

	private static final LocalDate MERGER = LocalDate.of(2025, 7, 1);

	private static final Period OLD_MODEL = new Period("old-model", "", "", START, MERGER.minusDays(1));

	private static final Period TWO_LEVEL = new Period("two-level-model", "", "", MERGER, LocalDate.of(2030, 6, 30));

	private static final List<String> POSTS = List.of("PARTY_SECRETARY", "PARTY_DEPUTY_SECRETARY",
			"PARTY_STANDING_MEMBER", "INSPECTION_COMMITTEE_HEAD", "PARTY_BUILDING_BOARD_HEAD", "COUNCIL_CHAIR",
			"COUNCIL_VICE_CHAIR", "COUNCIL_CULTURE_SOCIETY_BOARD_HEAD", "COMMITTEE_CHAIR", "COMMITTEE_VICE_CHAIR",
			"FRONT_CHAIR", "FRONT_VICE_CHAIR", "FARMERS_UNION_CHAIR", "POLICE_CHIEF", "MILITARY_COMMANDER");

	private final SplittableRandom random = new SplittableRandom(13);

	private final List<PublishedEvent> unitEvents = new ArrayList<>();

	private final Map<String, Long> unitSequences = new HashMap<>();

	private final List<String> newCommunes = new ArrayList<>();

	private final List<String> provinces = new ArrayList<>();

	private long position;

	private long mandateEvents;

	@Test
	void measures_fromUnitDocuments_againstEveryVersion() {
		try (MongoClient mongo = MongoClients.create(TestInfrastructure.mongoUri())) {
			MongoDatabase database = mongo
				.getDatabase("measures_bench_" + UUID.randomUUID().toString().substring(0, 8));
			ReadModels target = ReadModels.of(database);
			long start = System.nanoTime();
			int briefings = fill(target, database);
			double fillSeconds = (System.nanoTime() - start) / 1e9;
			Generations generations = new Generations(database);
			Briefings briefingQueries = new Briefings(generations);
			Briefings noBriefings = new Briefings(generations) {
				@Override
				public List<Briefing> heldBy(Collection<String> unitIds, LocalDate from, LocalDate until,
						Instant knownAt) {
					return List.of();
				}
			};
			MeasureService after = new MeasureService(new UnitQueries(generations), new MandateQueries(generations),
					briefingQueries, WideQuestionsTest.oneAtATime());
			EveryVersionMeasures before = new EveryVersionMeasures(new UnitQueries(generations),
					new MandateQueries(generations), briefingQueries);
			MeasureService afterAlone = new MeasureService(new UnitQueries(generations),
					new MandateQueries(generations), noBriefings, WideQuestionsTest.oneAtATime());
			EveryVersionMeasures beforeAlone = new EveryVersionMeasures(new UnitQueries(generations),
					new MandateQueries(generations), noBriefings);
			System.out.printf(
					"%nMeasures benchmark: %,d units, %,d mandate versions from %,d mandate events, "
							+ "%,d briefings, %,d units in mandate_units; filled through the projections in %.0f s%n",
					database.getCollection("units").countDocuments(),
					database.getCollection("mandate_versions").countDocuments(), this.mandateEvents, briefings,
					database.getCollection("mandate_units").countDocuments(), fillSeconds);
			Instant now = Instant.now();
			Instant earlier = LocalDate.of(2025, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
			List<Query> queries = List.of(
					new Query("unit, two-level model", 200,
							index -> new Object[] { Scope.UNIT, pick(this.newCommunes, index), null, TWO_LEVEL, now }),
					new Query("lineage, old model", 200,
							index -> new Object[] { Scope.LINEAGE, pick(this.newCommunes, index), null, OLD_MODEL,
									now }),
					new Query("province, two-level model", 20,
							index -> new Object[] { Scope.PROVINCE, pick(this.provinces, index), "COMMUNE", TWO_LEVEL,
									now }),
					new Query("country, old model", 10,
							index -> new Object[] { Scope.COUNTRY, null, "COMMUNE", OLD_MODEL, now }),
					new Query("country, two-level model", 10,
							index -> new Object[] { Scope.COUNTRY, null, "COMMUNE", TWO_LEVEL, now }),
					new Query("country, old model, known at 2025-01-01", 10,
							index -> new Object[] { Scope.COUNTRY, null, "COMMUNE", OLD_MODEL, earlier }));
			System.out.println("Milliseconds, p50 / p99; 'without briefings' leaves out Briefings.heldBy, "
					+ "which both paths call alike");
			System.out.printf("%-40s %19s %19s %7s %19s %19s %7s%n", "query", "before", "after", "p99 x",
					"before w/o brief.", "after w/o brief.", "p99 x");
			for (Query query : queries) {
				Object[] first = query.arguments().apply(0);
				boolean narrow = query.runs() > 20;
				boolean baseline = narrow || WIDE_BASELINE;
				if (baseline) {
					assertThat(run(after, first).measures()).as(query.name()).isEqualTo(run(before, first).measures());
				}
				int totalRuns = narrow ? query.runs() : BASELINE_RUNS;
				int baselineRuns = !baseline ? 0 : narrow ? query.runs() / 4 : BASELINE_RUNS;
				double[] was = latencies(baselineRuns, index -> run(before, query.arguments().apply(index)));
				double[] is = latencies(totalRuns, index -> run(after, query.arguments().apply(index)));
				double[] wasAlone = latencies(baselineRuns, index -> run(beforeAlone, query.arguments().apply(index)));
				double[] isAlone = latencies(query.runs(), index -> run(afterAlone, query.arguments().apply(index)));
				System.out.printf("%-40s %9.1f /%8.1f %9.1f /%8.1f %7.1f %9.1f /%8.1f %9.1f /%8.1f %7.1f%n",
						query.name(), was[0], was[1], is[0], is[1], was[1] / is[1], wasAlone[0], wasAlone[1],
						isAlone[0], isAlone[1], wasAlone[1] / isAlone[1]);
			}
			countryParts(generations, briefingQueries, now);
		}
	}

	/**
	 * Where a country query's time goes: the register's communes (whole documents, and
	 * the outlines the service reads), their countable versions and their briefings, each
	 * read as the service reads it, p50 of ten after a warm-up. The service reads the
	 * versions beside the register and the briefings; the rest of the query is the
	 * engine's.
	 */
	private static void countryParts(Generations generations, Briefings briefings, Instant now) {
		UnitQueries units = new UnitQueries(generations);
		MandateQueries mandates = new MandateQueries(generations);
		List<UnitOutline> communes = units.outlinesOfLevel("COMMUNE");
		List<String> ids = communes.stream().map(unit -> unit.unitId()).toList();
		Map<String, UnitOutline> inScope = new LinkedHashMap<>();
		communes.forEach(unit -> inScope.put(unit.unitId(), unit));
		Map<String, List<MandateVersion>> countable = mandates.countableEverywhere(now, TWO_LEVEL.from(),
				TWO_LEVEL.until());
		Map<String, List<Briefing>> held = briefings.heldBy(ids, TWO_LEVEL.from(), TWO_LEVEL.until(), now)
			.stream()
			.collect(Collectors.groupingBy(Briefing::unitId));
		System.out.printf(
				"country query's parts, p50 of 10 (ms): register %.1f (outlines %.1f), countable versions "
						+ "%.1f, briefings %.1f, the engine over what they read %.1f (%,d communes)%n",
				latencies(10, index -> units.unitsOfLevel("COMMUNE"))[0],
				latencies(10, index -> units.outlinesOfLevel("COMMUNE"))[0],
				latencies(10, index -> mandates.countableEverywhere(now, TWO_LEVEL.from(), TWO_LEVEL.until()))[0],
				latencies(10, index -> briefings.heldBy(ids, TWO_LEVEL.from(), TWO_LEVEL.until(), now))[0],
				latencies(10, index -> MeasureService.compute(Scope.COUNTRY, "COMMUNE", ids, inScope, countable, held,
						TWO_LEVEL))[0],
				ids.size());
	}

	record Query(String name, int runs, IntFunction<Object[]> arguments) {

	}

	private static MeasureReport run(MeasureService service, Object[] a) {
		return service.measure((Scope) a[0], (String) a[1], (String) a[2], (Period) a[3], null, (Instant) a[4]);
	}

	private static MeasureReport run(EveryVersionMeasures service, Object[] a) {
		return service.measure((Scope) a[0], (String) a[1], (String) a[2], (Period) a[3], null, (Instant) a[4]);
	}

	/**
	 * p50 and p99 in milliseconds, after one run to warm up when there are more than a
	 * few (a query of seconds is not flattered by a cold first run).
	 */
	private static double[] latencies(int runs, IntFunction<Object> query) {
		if (runs == 0) {
			return new double[] { Double.NaN, Double.NaN };
		}
		if (runs > 3) {
			query.apply(runs);
		}
		double[] millis = new double[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			query.apply(i);
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		java.util.Arrays.sort(millis);
		return new double[] { millis[(int) Math.floor(0.5 * (runs - 1))], millis[(int) Math.ceil(0.99 * (runs - 1))] };
	}

	private static String pick(List<String> ids, int index) {
		return ids.get((int) ((index * 7919L) % ids.size()));
	}

	/**
	 * The register (provinces, districts, old communes merged three by three on
	 * 2025-07-01) and mandates of 15 posts per commune until the versions are spent,
	 * applied through the projections in batches of 1,000; briefings written as their
	 * projection writes them.
	 */
	private int fill(ReadModels target, MongoDatabase database) {
		List<String> oldCommunes = new ArrayList<>();
		Map<String, String> provinceOf = new HashMap<>();
		for (int p = 0; p < PROVINCES; p++) {
			String province = "t" + p;
			this.provinces.add(province);
			unit(new UnitRegistered(province, String.format("%02d", p), "Tỉnh " + p, UnitType.PROVINCE, null,
					LocalDate.of(2008, 1, 1), "d"));
			for (int d = 0; d < DISTRICTS_PER_PROVINCE; d++) {
				String district = province + "-h" + d;
				unit(new UnitRegistered(district, String.format("%02d%02d", p, d), "Huyện " + d,
						UnitType.RURAL_DISTRICT, province, LocalDate.of(2008, 1, 1), "d"));
			}
		}
		for (int c = 0; c < OLD_COMMUNES; c++) {
			int p = c % PROVINCES;
			String commune = "x" + c;
			oldCommunes.add(commune);
			provinceOf.put(commune, "t" + p);
			unit(new UnitRegistered(commune, String.format("%05d", c), "Xã " + c, UnitType.COMMUNE,
					"t" + p + "-h" + ((c / PROVINCES) % DISTRICTS_PER_PROVINCE), LocalDate.of(2008, 1, 1), "d"));
		}
		for (int c = 0; c + 2 < OLD_COMMUNES; c += 3) {
			String merged = "n" + (c / 3);
			List<String> predecessors = oldCommunes.subList(c, c + 3);
			predecessors.forEach(old -> unit(new UnitMergedInto(old, merged, MERGER.minusDays(1), "r", "nq")));
			unit(new UnitsMerged(merged, String.format("9%05d", c / 3), "Xã mới " + c / 3, UnitType.COMMUNE,
					provinceOf.get(predecessors.get(0)), MERGER, List.copyOf(predecessors), List.of(), List.of(), "r",
					"nq"));
			this.newCommunes.add(merged);
		}
		new UnitRegisterProjection().applyAll(this.unitEvents, target);
		int communes = oldCommunes.size() + this.newCommunes.size();
		double perCommune = (double) VERSIONS / communes;
		MandateHistoryProjection projection = new MandateHistoryProjection();
		List<PublishedEvent> batch = new ArrayList<>();
		double owed = 0;
		for (String commune : concat(oldCommunes, this.newCommunes)) {
			owed += perCommune;
			boolean old = commune.startsWith("x");
			List<PublishedEvent> events = mandates(commune, old ? START : MERGER,
					old ? MERGER.minusDays(1) : LocalDate.of(2031, 6, 30), (int) owed);
			owed -= versionsOf(events);
			batch.addAll(events);
			if (batch.size() >= 1000) {
				projection.applyAll(batch, target);
				batch.clear();
			}
		}
		projection.applyAll(batch, target);
		return briefings(target, oldCommunes);
	}

	private static List<String> concat(List<String> a, List<String> b) {
		List<String> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	private static int versionsOf(List<PublishedEvent> events) {
		return events.size();
	}

	/**
	 * A commune's mandates, post after post, until about {@code budget} versions: holders
	 * change every few years; the secretary usually chairs the Council; non-locals mostly
	 * in the police and military posts; some ended, corrected later, or rescinded; all
	 * ended by the last day of a commune merged away.
	 */
	private List<PublishedEvent> mandates(String unitId, LocalDate first, LocalDate last, int budget) {
		// a merger ends every mandate of the communes merged, as the command side does
		boolean mergedAway = last.isBefore(MERGER);
		List<Object[]> timed = new ArrayList<>();
		int versions = 0;
		int mandate = 0;
		while (versions < budget) {
			String post = POSTS.get(mandate % POSTS.size());
			int round = mandate / POSTS.size();
			int years = 2 + this.random.nextInt(4);
			LocalDate from = first.plusYears(round * 2L).plusDays(this.random.nextInt(200));
			if (from.isAfter(last)) {
				from = first.plusDays(this.random.nextInt(300));
			}
			LocalDate until = from.plusYears(years);
			String person = unitId + "-p" + (post.equals("COUNCIL_CHAIR") && this.random.nextInt(10) < 8
					? POSTS.indexOf("PARTY_SECRETARY") + "-" + round : POSTS.indexOf(post) + "-" + round);
			boolean nonLocal = this.random.nextInt(100) < (post.startsWith("POLICE") || post.startsWith("MILITARY") ? 60
					: post.equals("PARTY_SECRETARY") ? 30 : 3);
			String id = "m" + mandate;
			Instant assigned = instant(from);
			timed.add(new Object[] { assigned, new PositionAssigned(id, unitId, post, person, from, null,
					nonLocal ? Locality.NON_LOCAL : Locality.LOCAL, "x", "QĐ " + id, List.of()) });
			versions++;
			Instant recorded = assigned;
			if (this.random.nextInt(10) < 1) {
				recorded = recorded.plusSeconds(86_400L * (30 + this.random.nextInt(300)));
				timed.add(new Object[] { recorded,
						new AssignmentCorrected(id, unitId, post, person, from.plusDays(14), null,
								nonLocal ? Locality.NON_LOCAL : Locality.LOCAL, "x", List.of(), "ghi sai ngày",
								"QĐ sửa " + id) });
				versions++;
			}
			if (this.random.nextInt(100) < 2) {
				timed.add(new Object[] { recorded.plusSeconds(3600),
						new AssignmentRescinded(id, unitId, "nhập nhầm", "QĐ hủy " + id) });
				versions++;
			}
			else if (mergedAway || until.isBefore(last) || this.random.nextInt(10) < 8) {
				LocalDate end = until.isBefore(last) ? until : last;
				timed.add(new Object[] { max(instant(end), recorded.plusSeconds(3600)),
						new AssignmentEnded(id, unitId, end, EndCause.TERM_ENDED, "QĐ thôi " + id, null) });
				versions++;
			}
			mandate++;
		}
		timed.sort((a, b) -> ((Instant) a[0]).compareTo((Instant) b[0]));
		List<PublishedEvent> events = new ArrayList<>();
		for (int sequence = 0; sequence < timed.size(); sequence++) {
			events.add(event(unitId, sequence, (Instant) timed.get(sequence)[0], (CadreEvent) timed.get(sequence)[1]));
			this.mandateEvents++;
		}
		return events;
	}

	private static Instant max(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	private static Instant instant(LocalDate day) {
		return day.plusDays(1).atTime(8, 0).toInstant(ZoneOffset.UTC);
	}

	private void unit(CadreEvent event) {
		String unitId = (event instanceof vn.cadre.kernel.unit.UnitEvent unitEvent) ? unitEvent.unitId() : null;
		long sequence = this.unitSequences.merge(unitId, 1L, Long::sum);
		this.unitEvents.add(event(unitId, 1000 + sequence, Instant.parse("2025-06-01T00:00:00Z"), event));
	}

	private PublishedEvent event(String aggregateId, long sequence, Instant recordedAt, CadreEvent event) {
		this.position++;
		return new PublishedEvent("e" + this.position, event.getClass().getName(), "1", this.position,
				"AdministrativeUnit", aggregateId, sequence, recordedAt, Map.of(), event);
	}

	/**
	 * Two to four conferences per old commune, one per new commune, through their
	 * projection.
	 */
	private int briefings(ReadModels target, List<String> oldCommunes) {
		BriefingProjection projection = new BriefingProjection();
		List<PublishedEvent> batch = new ArrayList<>();
		int recorded = 0;
		for (String commune : concat(oldCommunes, this.newCommunes)) {
			boolean old = commune.startsWith("x");
			int count = old ? 2 + this.random.nextInt(3) : 1;
			for (int n = 1; n <= count; n++) {
				LocalDate heldOn = old ? LocalDate.of(2019, 6, 15).plusDays(this.random.nextInt(700))
						: MERGER.plusDays(5 + this.random.nextInt(60));
				batch.add(event(commune, 5000 + n, instant(heldOn.plusDays(2)),
						new BriefingRecorded("hn-" + commune + "-" + n, commune, heldOn,
								"Hội nghị quán triệt Chỉ thị 35-CT/TW", List.of("35-CT/TW"),
								20 + this.random.nextInt(60))));
				recorded++;
			}
			if (batch.size() >= 1000) {
				projection.applyAll(batch, target);
				batch.clear();
			}
		}
		projection.applyAll(batch, target);
		return recorded;
	}

}
