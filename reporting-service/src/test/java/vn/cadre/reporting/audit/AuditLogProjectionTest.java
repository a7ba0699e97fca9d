package vn.cadre.reporting.audit;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cadre.kernel.CadreEvent;
import vn.cadre.kernel.PublishedEvent;
import vn.cadre.kernel.document.DocumentKind;
import vn.cadre.kernel.document.DocumentRegistered;
import vn.cadre.kernel.mandate.AssignmentEnded;
import vn.cadre.kernel.mandate.EndCause;
import vn.cadre.kernel.mandate.Locality;
import vn.cadre.kernel.mandate.PositionAssigned;
import vn.cadre.kernel.person.PersonRegistered;
import vn.cadre.kernel.unit.UnitMergedInto;
import vn.cadre.kernel.unit.UnitRegistered;
import vn.cadre.kernel.unit.UnitType;
import vn.cadre.kernel.unit.UnitsMerged;
import vn.cadre.reporting.projection.Generations;
import vn.cadre.reporting.projection.ReadModels;
import vn.cadre.reporting.units.UnitQueries;
import vn.cadre.reporting.units.UnitRegisterProjection;
import vn.cadre.support.testing.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit log on mongo-java-server, fed as the consumers feed it, read as the API reads
 * it. The history: Sơn Bình and Tam Đường merge into Bình Lư on 2025-07-01; p1 was
 * secretary of Sơn Bình until the merger and of Bình Lư from it; Bản Giang, untouched,
 * had p2 as its chair from 2020 to 2024.
 */
class AuditLogProjectionTest {

	private static final Instant T0 = Instant.parse("2025-01-01T08:00:00Z");

	private static final LocalDate OLD = LocalDate.of(2008, 1, 1);

	private static final LocalDate LAST_DAY = LocalDate.of(2025, 6, 30);

	private static final LocalDate EFFECTIVE = LocalDate.of(2025, 7, 1);

	private MongoClient client;

	private MongoDatabase database;

	private Generations generations;

	private AuditLogProjection projection;

	private UnitRegisterProjection register;

	private AuditQueries queries;

	@BeforeEach
	void database() {
		this.client = MongoClients.create(TestInfrastructure.mongoUri());
		this.database = this.client.getDatabase("audit_" + UUID.randomUUID().toString().substring(0, 8));
		this.generations = new Generations(this.database);
		// a mapper that would write dates as numbers: the log must store ISO text anyway
		this.projection = new AuditLogProjection(new ObjectMapper().registerModule(new JavaTimeModule()));
		this.register = new UnitRegisterProjection();
		this.queries = new AuditQueries(this.generations, new UnitQueries(this.generations));
	}

	@AfterEach
	void close() {
		this.client.close();
	}

	@Test
	void anEvent_isLoggedWithItsMetadataPayloadSubjectsAndValidTime() {
		feed(ReadModels.of(this.database), history());

		Document logged = log(ReadModels.of(this.database)).find(new Document("position", 5L)).first();

		assertThat(logged.getString("type")).isEqualTo("PositionAssigned");
		assertThat(logged.getString("typeName")).isEqualTo(PositionAssigned.class.getName());
		assertThat(logged.getString("aggregateId")).isEqualTo("son-binh");
		assertThat(logged.get("metadata", Document.class)).containsEntry("actor", "can-bo-02")
			.containsEntry("commandId", "cmd-5")
			.containsEntry("reason", "bầu tại đại hội")
			.containsEntry("legalBasis", "05-QĐ/HU");
		assertThat(logged.get("payload", Document.class)).containsEntry("from", "2021-05-23")
			.containsEntry("personId", "p1")
			.containsEntry("locality", "LOCAL")
			.containsEntry("until", null);
		assertThat(logged.getList("unitIds", String.class)).containsExactly("son-binh");
		assertThat(logged.getList("personIds", String.class)).containsExactly("p1");
		assertThat(logged.getString("validFrom")).isEqualTo("2021-05-23");
		assertThat(logged.getString("validUntil")).isNull();
	}

	@Test
	void anEntry_answersWithTheExactRecordTime_andTheLegalBasis() {
		Instant exact = Instant.parse("2025-07-02T08:00:00.123456789Z");
		apply(ReadModels.of(this.database),
				new PublishedEvent("e-1", DocumentRegistered.class.getName(), "1", 1, "LegalDocument", "05-NQ/TU", 0,
						exact, Map.of("actor", "van-thu"), new DocumentRegistered("05-NQ/TU", LocalDate.of(2025, 5, 1),
								"Tỉnh ủy", DocumentKind.RESOLUTION, "Nghị quyết")));

		AuditPage.Entry entry = find(query().build()).items().get(0);

		assertThat(entry.recordedAt()).isEqualTo(exact);
		assertThat(entry.legalBasis()).as("neither the metadata nor the payload has one").isNull();
		assertThat(entry.metadata().actor()).isEqualTo("van-thu");
		assertThat(entry.validFrom()).isEqualTo(LocalDate.of(2025, 5, 1));
		assertThat(entry.payload()).containsEntry("issuedOn", "2025-05-01").containsEntry("kind", "RESOLUTION");
	}

	@Test
	void theLegalBasis_isTheMetadatasOrElseThePayloads() {
		feed(ReadModels.of(this.database), history());

		Map<Long, String> bases = new LinkedHashMap<>();
		find(query().build()).items().forEach(entry -> bases.put(entry.position(), entry.legalBasis()));

		assertThat(bases).containsEntry(5L, "05-QĐ/HU").containsEntry(7L, "1670/NQ-UBTVQH15");
	}

	@Test
	void aUnitWithoutLineage_findsTheEventsThatNameIt() {
		feed(ReadModels.of(this.database), history());

		AuditPage page = find(query().unit("binh-lu").lineage(false).build());

		assertThat(positions(page)).containsExactly(7L, 8L, 9L, 10L);
		assertThat(page.unitsInLineage()).containsExactly("binh-lu");
	}

	@Test
	void aUnitWithItsLineage_findsItsPredecessorsEvents_andAPredecessorFindsItsSuccessors() {
		feed(ReadModels.of(this.database), history());

		AuditPage successor = find(query().unit("binh-lu").build());
		AuditPage predecessor = find(query().unit("son-binh").build());

		assertThat(successor.unitsInLineage()).containsExactly("binh-lu", "son-binh", "tam-duong");
		assertThat(positions(successor)).containsExactly(1L, 2L, 5L, 6L, 7L, 8L, 9L, 10L);
		assertThat(predecessor.unitsInLineage()).containsExactly("son-binh", "binh-lu");
		assertThat(positions(predecessor)).as("Tam Đường's registration names neither")
			.containsExactly(1L, 5L, 6L, 7L, 8L, 9L, 10L);
	}

	@Test
	void anUnknownUnit_isNoPage() {
		feed(ReadModels.of(this.database), history());

		assertThat(this.queries.find(query().unit("no-such-unit").build())).isEmpty();
		assertThat(this.queries.find(query().unit("no-such-unit").lineage(false).build())).isEmpty();
	}

	@Test
	void aPerson_findsTheirRegistration_andEveryMandateEvent_evenAnEndingThatDoesNotNameThem() {
		feed(ReadModels.of(this.database), history());

		assertThat(positions(find(query().person("p1").build()))).containsExactly(4L, 5L, 6L, 10L);
		assertThat(positions(find(query().person("p2").build()))).containsExactly(12L);
	}

	@Test
	void anActor_findsWhatTheyRecorded() {
		feed(ReadModels.of(this.database), history());

		assertThat(positions(find(query().actor("can-bo-02").build()))).containsExactly(5L, 6L, 10L, 12L);
		assertThat(find(query().actor("nobody").build()).total()).isZero();
	}

	@Test
	void types_matchAnyOfThem() {
		feed(ReadModels.of(this.database), history());

		assertThat(positions(find(query().types("UnitMergedInto", "AssignmentEnded").build()))).containsExactly(6L, 7L,
				8L);
	}

	@Test
	void validTime_findsEventsWhoseSpanOverlapsTheRange() {
		feed(ReadModels.of(this.database), history());

		assertThat(positions(find(query().valid(LAST_DAY, LAST_DAY).build())))
			.as("the open mandate, its end and the mergers' last day")
			.containsExactly(5L, 6L, 7L, 8L);
		assertThat(positions(find(query().valid(EFFECTIVE, null).build())))
			.as("from the merger on: the open mandate, the new unit and its secretary")
			.containsExactly(5L, 9L, 10L);
		assertThat(positions(find(query().valid(null, LocalDate.of(2019, 12, 31)).build())))
			.as("up to 2019: the old units' registrations, not the chair from 2020")
			.containsExactly(1L, 2L, 3L);
		assertThat(positions(find(query().valid(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 5, 1)).build())))
			.as("an open mandate, a closed one's last day, a document's day of issue; never a person's particulars")
			.containsExactly(5L, 11L, 12L);
	}

	@Test
	void recordTime_findsEventsRecordedWithinTheRange_bothEndsIncluded() {
		feed(ReadModels.of(this.database), history());

		assertThat(positions(find(query().recorded(recordedAt(3), recordedAt(5)).build()))).containsExactly(3L, 4L, 5L);
		assertThat(positions(find(query().recorded(recordedAt(11), null).build()))).containsExactly(11L, 12L);
		assertThat(positions(find(query().recorded(null, recordedAt(1)).build()))).containsExactly(1L);
	}

	@Test
	void filters_combine() {
		feed(ReadModels.of(this.database), history());

		AuditPage page = find(query().unit("binh-lu")
			.person("p1")
			.actor("can-bo-02")
			.types("PositionAssigned")
			.valid(EFFECTIVE, EFFECTIVE)
			.build());

		assertThat(positions(page)).containsExactly(5L, 10L);
	}

	@Test
	void pages_areCutInMongoDb_inTheOrderEventsWereRecorded_whateverOrderTheyArrivedIn() {
		feed(ReadModels.of(this.database), partitioned(history()));

		AuditPage first = find(query().page(0, 5).build());
		AuditPage second = find(query().page(1, 5).build());
		AuditPage last = find(query().page(2, 5).build());
		AuditPage beyond = find(query().page(3, 5).build());

		assertThat(positions(first)).containsExactly(1L, 2L, 3L, 4L, 5L);
		assertThat(positions(second)).containsExactly(6L, 7L, 8L, 9L, 10L);
		assertThat(positions(last)).containsExactly(11L, 12L);
		assertThat(beyond.items()).isEmpty();
		assertThat(List.of(first.total(), last.total(), beyond.total())).containsOnly(12L);
		assertThat(first.unitsInLineage()).isNull();
		assertThat(positions(find(query().unit("binh-lu").page(1, 3).build()))).containsExactly(6L, 7L, 8L);
	}

	@Test
	void pagesByPosition_followNextAfter_toTheSameEventsAsPagesByNumber_andTheLastHasNoNext() {
		feed(ReadModels.of(this.database), partitioned(history()));

		AuditPage first = find(query().page(0, 5).build());
		AuditPage second = find(query().page(0, 5).after(first.nextAfter()).build());
		AuditPage last = find(query().page(0, 5).after(second.nextAfter()).build());

		assertThat(first.nextAfter()).isEqualTo(5L);
		assertThat(positions(second)).isEqualTo(positions(find(query().page(1, 5).build())));
		assertThat(positions(last)).containsExactly(11L, 12L);
		assertThat(last.nextAfter()).isNull();
		assertThat(List.of(second.total(), last.total())).containsOnly(12L);
		AuditPage unitPage = find(query().unit("binh-lu").page(0, 3).build());
		AuditPage unitNext = find(query().unit("binh-lu").page(0, 3).after(unitPage.nextAfter()).build());
		assertThat(positions(unitNext)).isEqualTo(positions(find(query().unit("binh-lu").page(1, 3).build())));
		assertThat(find(query().page(0, 12).build()).nextAfter()).as("a page holding the last match").isNull();
	}

	@Test
	void aRedeliveredEvent_keepsOneDocument_andTheSameSubjects() {
		ReadModels target = ReadModels.of(this.database);
		List<PublishedEvent> history = history();
		feed(target, history);
		Document ending = log(target).find(new Document("position", 6L)).first();

		feed(target, history.subList(4, 8));
		feed(target, history);

		assertThat(log(target).countDocuments()).isEqualTo(12);
		assertThat(log(target).find(new Document("position", 6L)).first()).isEqualTo(ending);
		assertThat(ending.getList("personIds", String.class)).containsExactly("p1");
		Document states = AuditLog.mandates(target)
			.find(new Document("_id", "son-binh/m1"))
			.first()
			.get("states", Document.class);
		assertThat(states.keySet()).as("m1 after its assignment and its ending, once each").containsOnly("5", "6");
		assertThat(states.get("6", Document.class).getString("until")).isEqualTo(LAST_DAY.toString());
	}

	@Test
	void aLogWrittenBeforeTheMandatesWereKeptApart_stillNamesTheHolderOfAnEnding() {
		ReadModels target = ReadModels.of(this.database);
		List<PublishedEvent> history = history();
		feed(target, history.subList(0, 5));
		// as the log stood before audit_mandates: the state in the assignment's entry
		// only
		AuditLog.mandates(target).drop();
		log(target).updateOne(new Document("position", 5L),
				new Document("$set",
						new Document("mandate",
								new Document("key", "son-binh/m1").append("personId", "p1")
									.append("from", "2021-05-23")
									.append("until", null))));

		apply(target, history.get(5));

		assertThat(log(target).find(new Document("position", 6L)).first().getList("personIds", String.class))
			.containsExactly("p1");
		assertThat(AuditLog
			.mandateBefore(
					AuditLog.mandates(target).find(com.mongodb.client.model.Filters.eq("_id", "son-binh/m1")).first(),
					"son-binh/m1", 7)
			.personId()).as("kept apart from then on").isEqualTo("p1");
	}

	@Test
	void aRebuildIntoANewGeneration_writesTheSameDocuments_andIsServedTheSame() {
		ReadModels live = ReadModels.of(this.database);
		feed(live, history());
		AuditQuery everything = query().unit("binh-lu").build();
		AuditPage before = find(everything);

		this.generations.claimNext("rebuild", Instant.now(), Duration.ofMinutes(1));
		ReadModels rebuilt = this.generations.next();
		feed(rebuilt, partitioned(history()));

		assertThat(rebuilt.generation()).isEqualTo(2);
		assertThat(documents(rebuilt)).hasSize(12).isEqualTo(documents(live));
		assertThat(mandates(rebuilt)).hasSize(3).isEqualTo(mandates(live));
		assertThat(this.generations.serve(rebuilt, "rebuild")).isTrue();
		assertThat(find(everything)).isEqualTo(before);
	}

	/**
	 * The twelve events, by position. Metadata: can-bo-01 registered the register,
	 * can-bo-02 the mandates.
	 */
	private static List<PublishedEvent> history() {
		List<PublishedEvent> events = new ArrayList<>();
		events.add(unitEvent(1, "son-binh", 0, registered("son-binh", "03391", "Sơn Bình")));
		events.add(unitEvent(2, "tam-duong", 0, registered("tam-duong", "03390", "Tam Đường")));
		events.add(unitEvent(3, "ban-giang", 0, registered("ban-giang", "03392", "Bản Giang")));
		events.add(event(4, "Person", "p1", 0, new PersonRegistered("p1", "Cán bộ 01", 1975, "03391", OLD, null, null),
				Map.of("actor", "can-bo-01")));
		events.add(event(5, "AdministrativeUnit", "son-binh", 1,
				new PositionAssigned("m1", "son-binh", "PARTY_SECRETARY", "p1", LocalDate.of(2021, 5, 23), null,
						Locality.LOCAL, "quê quán", "05-QĐ/HU", List.of()),
				Map.of("actor", "can-bo-02", "commandId", "cmd-5", "reason", "bầu tại đại hội", "legalBasis",
						"05-QĐ/HU")));
		events.add(event(6, "AdministrativeUnit", "son-binh", 2,
				new AssignmentEnded("m1", "son-binh", LAST_DAY, EndCause.UNIT_MERGED, "1670/NQ-UBTVQH15", "r-1"),
				Map.of("actor", "can-bo-02")));
		events.add(unitEvent(7, "son-binh", 3,
				new UnitMergedInto("son-binh", "binh-lu", LAST_DAY, "r-1", "1670/NQ-UBTVQH15")));
		events.add(unitEvent(8, "tam-duong", 1,
				new UnitMergedInto("tam-duong", "binh-lu", LAST_DAY, "r-1", "1670/NQ-UBTVQH15")));
		events.add(unitEvent(9, "binh-lu", 0, new UnitsMerged("binh-lu", "03390", "Bình Lư", UnitType.COMMUNE, null,
				EFFECTIVE, List.of("son-binh", "tam-duong"), List.of(), List.of(), "r-1", "1670/NQ-UBTVQH15")));
		events.add(event(
				10, "AdministrativeUnit", "binh-lu", 1, new PositionAssigned("m2", "binh-lu", "PARTY_SECRETARY", "p1",
						EFFECTIVE, null, Locality.LOCAL, "quê quán", "12-QĐ/TU", List.of()),
				Map.of("actor", "can-bo-02", "legalBasis", "12-QĐ/TU")));
		events
			.add(event(11, "LegalDocument", "05-NQ/TU", 0, new DocumentRegistered("05-NQ/TU", LocalDate.of(2025, 5, 1),
					"Tỉnh ủy", DocumentKind.RESOLUTION, "Nghị quyết"), Map.of("actor", "van-thu")));
		events.add(event(12, "AdministrativeUnit", "ban-giang", 1,
				new PositionAssigned("m3", "ban-giang", "COUNCIL_CHAIR", "p2", LocalDate.of(2020, 1, 1),
						LocalDate.of(2024, 12, 31), Locality.NON_LOCAL, "nơi khác", "03-QĐ/HU", List.of()),
				Map.of("actor", "can-bo-02")));
		return events;
	}

	/**
	 * The same events as partitions deliver them: each aggregate's in order, aggregates
	 * interleaved differently (here: the last aggregate seen first).
	 */
	private static List<PublishedEvent> partitioned(List<PublishedEvent> events) {
		Map<String, List<PublishedEvent>> byAggregate = new LinkedHashMap<>();
		events.forEach(event -> byAggregate.computeIfAbsent(event.aggregateId(), key -> new ArrayList<>()).add(event));
		List<List<PublishedEvent>> streams = new ArrayList<>(byAggregate.values());
		java.util.Collections.reverse(streams);
		return streams.stream().flatMap(List::stream).toList();
	}

	private void feed(ReadModels target, List<PublishedEvent> events) {
		events.forEach(event -> apply(target, event));
	}

	private void apply(ReadModels target, PublishedEvent event) {
		this.register.apply(event, target);
		this.projection.apply(event, target);
	}

	private AuditPage find(AuditQuery query) {
		return this.queries.find(query).orElseThrow();
	}

	private static List<Document> documents(ReadModels readModels) {
		return log(readModels).find().sort(Sorts.ascending("_id")).into(new ArrayList<>());
	}

	private static List<Document> mandates(ReadModels readModels) {
		return AuditLog.mandates(readModels).find().sort(Sorts.ascending("_id")).into(new ArrayList<>());
	}

	private static com.mongodb.client.MongoCollection<Document> log(ReadModels readModels) {
		return AuditLog.collection(readModels);
	}

	private static List<Long> positions(AuditPage page) {
		return page.items().stream().map(AuditPage.Entry::position).toList();
	}

	private static Instant recordedAt(long position) {
		return T0.plusSeconds(3600 * position);
	}

	private static UnitRegistered registered(String unitId, String code, String name) {
		return new UnitRegistered(unitId, code, name, UnitType.COMMUNE, "tam-duong-district", OLD, "nq-2008");
	}

	private static PublishedEvent unitEvent(long position, String unitId, long sequence, CadreEvent payload) {
		return event(position, "AdministrativeUnit", unitId, sequence, payload, Map.of("actor", "can-bo-01"));
	}

	private static PublishedEvent event(long position, String aggregateType, String aggregateId, long sequence,
			CadreEvent payload, Map<String, String> metaData) {
		return new PublishedEvent("event-" + position, payload.getClass().getName(), "1", position, aggregateType,
				aggregateId, sequence, recordedAt(position), metaData, payload);
	}

	private static QueryBuilder query() {
		return new QueryBuilder();
	}

	/** Only the parts a test names; the rest absent, as the API leaves them. */
	private static final class QueryBuilder {

		private String unitId;

		private boolean lineage = true;

		private String personId;

		private String actor;

		private Set<String> types = Set.of();

		private LocalDate validFrom;

		private LocalDate validTo;

		private Instant recordedFrom;

		private Instant recordedTo;

		private int page;

		private int size = AuditQuery.DEFAULT_SIZE;

		private Long after;

		QueryBuilder unit(String unitId) {
			this.unitId = unitId;
			return this;
		}

		QueryBuilder lineage(boolean lineage) {
			this.lineage = lineage;
			return this;
		}

		QueryBuilder person(String personId) {
			this.personId = personId;
			return this;
		}

		QueryBuilder actor(String actor) {
			this.actor = actor;
			return this;
		}

		QueryBuilder types(String... types) {
			this.types = Set.of(types);
			return this;
		}

		QueryBuilder valid(LocalDate from, LocalDate to) {
			this.validFrom = from;
			this.validTo = to;
			return this;
		}

		QueryBuilder recorded(Instant from, Instant to) {
			this.recordedFrom = from;
			this.recordedTo = to;
			return this;
		}

		QueryBuilder after(Long after) {
			this.after = after;
			return this;
		}

		QueryBuilder page(int page, int size) {
			this.page = page;
			this.size = size;
			return this;
		}

		AuditQuery build() {
			return new AuditQuery(this.unitId, this.lineage, this.personId, this.actor, this.types, this.validFrom,
					this.validTo, this.recordedFrom, this.recordedTo, this.page, this.size, this.after);
		}

	}

}
