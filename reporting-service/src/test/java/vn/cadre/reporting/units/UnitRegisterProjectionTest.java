package vn.cadre.reporting.units;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cadre.kernel.PublishedEvent;
import vn.cadre.kernel.mandate.Locality;
import vn.cadre.kernel.mandate.PositionAssigned;
import vn.cadre.kernel.unit.UnitEvent;
import vn.cadre.kernel.unit.UnitMergedInto;
import vn.cadre.kernel.unit.UnitRegistered;
import vn.cadre.kernel.unit.UnitReparented;
import vn.cadre.kernel.unit.UnitRetyped;
import vn.cadre.kernel.unit.UnitSplit;
import vn.cadre.kernel.unit.UnitsMerged;
import vn.cadre.kernel.unit.UnitType;
import vn.cadre.reporting.projection.Changes;
import vn.cadre.reporting.projection.Generations;
import vn.cadre.reporting.projection.ReadModels;
import vn.cadre.support.testing.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

class UnitRegisterProjectionTest {

	private MongoClient client;

	private ReadModels target;

	private UnitRegisterProjection projection;

	private UnitQueries queries;

	@BeforeEach
	void database() {
		this.client = MongoClients.create(TestInfrastructure.mongoUri());
		MongoDatabase database = this.client.getDatabase("units_" + UUID.randomUUID().toString().substring(0, 8));
		this.projection = new UnitRegisterProjection();
		this.target = ReadModels.of(database);
		this.queries = new UnitQueries(new Generations(database));
	}

	@AfterEach
	void close() {
		this.client.close();
	}

	@Test
	void registeredUnit_appearsInTheRegister() {
		this.projection.apply(published(7, registered("u1", "Bình Lư")), this.target);

		UnitView unit = this.queries.getUnit("u1").orElseThrow();
		assertThat(unit.code()).isEqualTo("03390");
		assertThat(unit.level()).isEqualTo("COMMUNE");
		assertThat(unit.establishedOn()).isEqualTo(LocalDate.of(2025, 7, 1));
		assertThat(unit.lastPosition()).isEqualTo(7);
	}

	@Test
	void aMandateEventOfTheUnitsStream_isNotEvenLookedUp() {
		this.projection.apply(published(7, registered("u1", "Bình Lư")), this.target);
		PositionAssigned assigned = new PositionAssigned("m1", "u1", "PARTY_SECRETARY", "p1", LocalDate.of(2025, 7, 1),
				null, Locality.LOCAL, "x", "05-QĐ", List.of());
		Changes changes = new Changes(this.target);

		this.projection.applyAll(List.of(new PublishedEvent("e8", PositionAssigned.class.getName(), "1", 8,
				"AdministrativeUnit", "u1", 1, Instant.parse("2026-01-02T00:00:00Z"), Map.of(), assigned)), changes);

		assertThat(changes.held()).as("documents fetched for the event").isZero();
		assertThat(this.projection.reads(PositionAssigned.class)).isFalse();
		assertThat(this.projection.reads(UnitRegistered.class)).isTrue();
	}

	@Test
	void redeliveredEvent_changesNothing() {
		PublishedEvent event = published(7, registered("u1", "Bình Lư"));
		this.projection.apply(event, this.target);
		this.projection.apply(event, this.target);

		assertThat(this.queries.findUnits(UnitQueries.Filter.NONE, 0, 10)).hasSize(1);
	}

	@Test
	void anOlderEventOfTheSameUnit_doesNotOverwriteANewerOne() {
		this.projection.apply(new PublishedEvent("e2", UnitRegistered.class.getName(), "1", 9, "AdministrativeUnit",
				"u1", 1, Instant.parse("2026-01-02T00:00:00Z"), Map.of(), registered("u1", "Tên mới")), this.target);
		this.projection.apply(published(7, registered("u1", "Bình Lư")), this.target);

		assertThat(this.queries.getUnit("u1").orElseThrow().name()).isEqualTo("Tên mới");
	}

	@Test
	void aMerger_endsThePredecessors_andRegistersTheSuccessorWithThem() {
		this.projection.apply(published(1, registered("son-binh", "Sơn Bình")), this.target);
		this.projection.apply(new PublishedEvent("e-2", UnitMergedInto.class.getName(), "1", 2, "AdministrativeUnit",
				"son-binh", 1, Instant.parse("2026-01-01T00:00:00Z"), Map.of(),
				new UnitMergedInto("son-binh", "binh-lu", LocalDate.of(2025, 6, 30), "r-1", "1670/NQ-UBTVQH15")),
				this.target);
		this.projection.apply(new PublishedEvent("e-3", UnitsMerged.class.getName(), "1", 3, "AdministrativeUnit",
				"binh-lu", 0, Instant.parse("2026-01-01T00:00:00Z"), Map.of(),
				new UnitsMerged("binh-lu", "03390", "Bình Lư", UnitType.COMMUNE, null, LocalDate.of(2025, 7, 1),
						List.of("son-binh"), List.of(), List.of(), "r-1", "1670/NQ-UBTVQH15")),
				this.target);

		UnitView predecessor = this.queries.getUnit("son-binh").orElseThrow();
		UnitView successor = this.queries.getUnit("binh-lu").orElseThrow();
		assertThat(predecessor.dissolvedOn()).isEqualTo(LocalDate.of(2025, 6, 30));
		assertThat(predecessor.successorIds()).containsExactly("binh-lu");
		assertThat(successor.predecessorIds()).containsExactly("son-binh");
		assertThat(successor.dissolvedOn()).isNull();
	}

	/**
	 * A split commune (part to each of two new units), whose one successor later merges
	 * again: both directions of the lineage, the units that today contain what it was,
	 * and a reused code resolved by date.
	 */
	@Test
	void lineage_followsSplitsAndMergers_bothWays() {
		LocalDate before = LocalDate.of(2008, 1, 1);
		LocalDate effective = LocalDate.of(2025, 7, 1);
		apply(1, new UnitRegistered("lien-son", "13444", "Liên Sơn", UnitType.COMMUNE, null, before, "d"), 0);
		apply(2, new UnitRegistered("thi-son", "13441", "Thi Sơn", UnitType.COMMUNE, null, before, "d"), 0);
		apply(3, new UnitSplit("lien-son", List.of("kim-bang", "tam-chuc"), effective.minusDays(1), "r", "nq"), 1);
		apply(4, new UnitMergedInto("thi-son", "kim-bang", effective.minusDays(1), "r", "nq"), 1);
		apply(5, new UnitsMerged("kim-bang", "13441", "Kim Bảng", UnitType.COMMUNE, null, effective,
				List.of("thi-son", "lien-son"), List.of("lien-son"), List.of(), "r", "nq"), 0);
		apply(6, new UnitsMerged("tam-chuc", "13453", "Tam Chúc", UnitType.COMMUNE, null, effective,
				List.of("lien-son"), List.of("lien-son"), List.of(), "r", "nq"), 0);
		apply(7, new UnitMergedInto("tam-chuc", "ha-nam-moi", LocalDate.of(2026, 12, 31), "r2", "nq2"), 1);
		apply(8, new UnitsMerged("ha-nam-moi", "13453", "Hà Nam Mới", UnitType.COMMUNE, null, LocalDate.of(2027, 1, 1),
				List.of("tam-chuc"), List.of(), List.of(), "r2", "nq2"), 0);

		LineageView lienSon = this.queries.lineage("lien-son", LocalDate.of(2027, 6, 1)).orElseThrow();
		LineageView kimBang = this.queries.lineage("kim-bang", LocalDate.of(2027, 6, 1)).orElseThrow();

		assertThat(lienSon.successors()).extracting(LineageView.Link::unitId)
			.containsExactly("kim-bang", "tam-chuc", "ha-nam-moi");
		assertThat(lienSon.successors().get(0).edge().share()).isEqualTo("PART");
		assertThat(lienSon.containedOn()).extracting(LineageView.Link::unitId)
			.containsExactlyInAnyOrder("kim-bang", "ha-nam-moi");
		assertThat(kimBang.predecessors()).extracting(LineageView.Link::unitId).containsExactly("thi-son", "lien-son");
		assertThat(kimBang.unit().predecessors()).extracting(UnitView.EdgeView::share).containsExactly("WHOLE", "PART");
		assertThat(this.queries.withCodeOn("13453", LocalDate.of(2026, 6, 1))).extracting(UnitView::unitId)
			.containsExactly("tam-chuc");
		assertThat(this.queries.withCodeOn("13453", LocalDate.of(2027, 6, 1))).extracting(UnitView::unitId)
			.containsExactly("ha-nam-moi");
		assertThat(this.queries.getUnit("lien-son").orElseThrow().endedBy()).isEqualTo("SPLIT");
	}

	@Test
	void typesAndParents_areKeptWithTheirDates() {
		apply(1, new UnitRegistered("tam-duong", "03390", "Tam Đường", UnitType.TOWNSHIP, "huyen",
				LocalDate.of(2008, 1, 1), "d"), 0);
		apply(2, new UnitRetyped("tam-duong", UnitType.COMMUNE, LocalDate.of(2025, 7, 1), "r", "nq"), 1);
		apply(3, new UnitReparented("tam-duong", "tinh", LocalDate.of(2025, 7, 1), "r", "nq"), 2);

		UnitView unit = this.queries.getUnit("tam-duong").orElseThrow();
		assertThat(unit.types()).extracting(UnitView.TypeView::type).containsExactly("TOWNSHIP", "COMMUNE");
		assertThat(unit.parents()).extracting(UnitView.ParentView::parentId).containsExactly("huyen", "tinh");
		assertThat(unit.parentId()).isEqualTo("tinh");
	}

	@Test
	void descendants_areEveryUnitEverUnderAUnit_nearestLevelFirst() {
		apply(1, new UnitRegistered("tinh", "12", "Lai Châu", UnitType.PROVINCE, null, LocalDate.of(2008, 1, 1), "d"),
				0);
		apply(2, new UnitRegistered("khac", "13", "Tỉnh khác", UnitType.PROVINCE, null, LocalDate.of(2008, 1, 1), "d"),
				0);
		apply(3, new UnitRegistered("huyen", "105", "Tam Đường", UnitType.RURAL_DISTRICT, "tinh",
				LocalDate.of(2008, 1, 1), "d"), 0);
		apply(4, new UnitRegistered("son-binh", "03391", "Sơn Bình", UnitType.COMMUNE, "huyen",
				LocalDate.of(2008, 1, 1), "d"), 0);
		apply(5, new UnitRegistered("xa-khac", "03500", "Xã khác", UnitType.COMMUNE, "khac", LocalDate.of(2008, 1, 1),
				"d"), 0);
		apply(6, new UnitRegistered("binh-lu", "03390", "Bình Lư", UnitType.COMMUNE, "khac", LocalDate.of(2008, 1, 1),
				"d"), 0);
		apply(7, new UnitReparented("binh-lu", "tinh", LocalDate.of(2025, 7, 1), "r", "nq"), 1);

		List<String> underTinh = this.queries.descendantsOf("tinh");
		assertThat(underTinh.subList(0, 2)).as("its own level first").containsExactlyInAnyOrder("huyen", "binh-lu");
		assertThat(underTinh.subList(2, underTinh.size())).containsExactly("son-binh");
		assertThat(this.queries.descendantsOf("khac")).as("a unit ever under it")
			.containsExactlyInAnyOrder("xa-khac", "binh-lu");
		assertThat(this.queries.descendantsOf("son-binh")).isEmpty();
	}

	private void apply(long position, UnitEvent event, long sequence) {
		this.projection.apply(new PublishedEvent("e-" + position, event.getClass().getName(), "1", position,
				"AdministrativeUnit", event.unitId(), sequence, Instant.parse("2026-01-01T00:00:00Z"), Map.of(), event),
				this.target);
	}

	private static UnitRegistered registered(String unitId, String name) {
		return new UnitRegistered(unitId, "03390", name, UnitType.COMMUNE, null, LocalDate.of(2025, 7, 1),
				"1670/NQ-UBTVQH15");
	}

	private static PublishedEvent published(long position, UnitRegistered event) {
		return new PublishedEvent("e-" + position, UnitRegistered.class.getName(), "1", position, "AdministrativeUnit",
				event.unitId(), 0, Instant.parse("2026-01-01T00:00:00Z"), Map.of(), event);
	}

}
