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
import vn.cadre.kernel.unit.UnitMergedInto;
import vn.cadre.kernel.unit.UnitRegistered;
import vn.cadre.kernel.unit.UnitsMerged;
import vn.cadre.kernel.unit.UnitType;
import vn.cadre.support.testing.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

class UnitRegisterProjectionTest {

	private MongoClient client;

	private UnitRegisterProjection projection;

	private UnitQueries queries;

	@BeforeEach
	void database() {
		this.client = MongoClients.create(TestInfrastructure.mongoUri());
		MongoDatabase database = this.client.getDatabase("units_" + UUID.randomUUID().toString().substring(0, 8));
		this.projection = new UnitRegisterProjection(database);
		this.queries = new UnitQueries(database);
	}

	@AfterEach
	void close() {
		this.client.close();
	}

	@Test
	void registeredUnit_appearsInTheRegister() {
		this.projection.apply(published(7, registered("u1", "Bình Lư")));

		UnitView unit = this.queries.getUnit("u1").orElseThrow();
		assertThat(unit.code()).isEqualTo("03390");
		assertThat(unit.level()).isEqualTo("COMMUNE");
		assertThat(unit.establishedOn()).isEqualTo(LocalDate.of(2025, 7, 1));
		assertThat(unit.lastPosition()).isEqualTo(7);
	}

	@Test
	void redeliveredEvent_changesNothing() {
		PublishedEvent event = published(7, registered("u1", "Bình Lư"));
		this.projection.apply(event);
		this.projection.apply(event);

		assertThat(this.queries.findUnits(0, 10)).hasSize(1);
	}

	@Test
	void anOlderEventOfTheSameUnit_doesNotOverwriteANewerOne() {
		this.projection.apply(new PublishedEvent("e2", UnitRegistered.class.getName(), "1", 9, "AdministrativeUnit",
				"u1", 1, Instant.parse("2026-01-02T00:00:00Z"), Map.of(), registered("u1", "Tên mới")));
		this.projection.apply(published(7, registered("u1", "Bình Lư")));

		assertThat(this.queries.getUnit("u1").orElseThrow().name()).isEqualTo("Tên mới");
	}

	@Test
	void aMerger_endsThePredecessors_andRegistersTheSuccessorWithThem() {
		this.projection.apply(published(1, registered("son-binh", "Sơn Bình")));
		this.projection.apply(new PublishedEvent("e-2", UnitMergedInto.class.getName(), "1", 2, "AdministrativeUnit",
				"son-binh", 1, Instant.parse("2026-01-01T00:00:00Z"), Map.of(),
				new UnitMergedInto("son-binh", "binh-lu", LocalDate.of(2025, 6, 30), "r-1", "1670/NQ-UBTVQH15")));
		this.projection.apply(new PublishedEvent("e-3", UnitsMerged.class.getName(), "1", 3, "AdministrativeUnit",
				"binh-lu", 0, Instant.parse("2026-01-01T00:00:00Z"), Map.of(),
				new UnitsMerged("binh-lu", "03390", "Bình Lư", UnitType.COMMUNE, null, LocalDate.of(2025, 7, 1),
						List.of("son-binh"), List.of(), List.of(), "r-1", "1670/NQ-UBTVQH15")));

		UnitView predecessor = this.queries.getUnit("son-binh").orElseThrow();
		UnitView successor = this.queries.getUnit("binh-lu").orElseThrow();
		assertThat(predecessor.dissolvedOn()).isEqualTo(LocalDate.of(2025, 6, 30));
		assertThat(predecessor.successorIds()).containsExactly("binh-lu");
		assertThat(successor.predecessorIds()).containsExactly("son-binh");
		assertThat(successor.dissolvedOn()).isNull();
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
