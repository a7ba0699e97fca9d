package vn.cadre.assignments;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.cadre.assignments.unit.AdministrativeUnit;
import vn.cadre.support.testing.TestInfrastructure;
import vn.cadre.support.testing.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Aggregates are snapshotted after the configured number of events, with their private
 * state.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SnapshotIT {

	private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		registry.add("spring.data.mongodb.uri", TestInfrastructure::mongoUri);
		registry.add("cadre.security.users-file", TestUsers::file);
		registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrap);
		registry.add("cadre.assignments.database", () -> "snapshots_" + RUN);
		registry.add("cadre.assignments.topic", () -> "cadre.events.snapshots." + RUN);
		registry.add("cadre.assignments.snapshot-threshold", () -> 1);
	}

	private TestRestTemplate http;

	@Autowired
	void signIn(TestRestTemplate http) {
		this.http = http.withBasicAuth(TestUsers.EVERYONE, TestUsers.PASSWORD);
	}

	@Autowired
	private EventStorageEngine engine;

	@BeforeEach
	void citedDocuments() {
		for (String number : new String[] { "1670/NQ-UBTVQH15", "12/NQ-HĐND", "13/NQ-HĐND", "05-QĐ/TU" }) {
			this.http.postForEntity("/api/documents", Map.of("number", number, "issuedOn", "2025-06-16", "issuer",
					"Hội đồng nhân dân", "kind", "RESOLUTION", "title", "Nghị quyết"), Map.class);
		}
	}

	@Test
	void anAggregatePastTheThreshold_isSnapshottedWithItsState_andStillLoads() throws InterruptedException {
		String unitId = "snap-" + RUN;
		assertThat(
				this.http
					.postForEntity("/api/units",
							Map.of("unitId", unitId, "code", "03390", "name", "Bình Lư", "type", "COMMUNE",
									"establishedOn", "2025-07-01", "legalBasis", "1670/NQ-UBTVQH15"),
							Map.class)
					.getStatusCode())
			.isEqualTo(HttpStatus.CREATED);

		assertThat(
				this.http
					.postForEntity("/api/people",
							Map.of("personId", "can-bo-" + RUN, "name", "Cán bộ 07", "birthYear", 1980, "origin",
									Map.of("hometownCode", "03413", "hometownOn", "2019-01-01")),
							Map.class)
					.getStatusCode())
			.isEqualTo(HttpStatus.CREATED);
		assertThat(this.http
			.postForEntity("/api/units/{id}/mandates",
					Map.of("postCode", "PARTY_SECRETARY", "personId", "can-bo-" + RUN, "from", "2025-07-01",
							"legalBasis", "05-QĐ/TU"),
					Map.class, unitId)
			.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(this.http
			.postForEntity("/api/units/{id}/rename",
					Map.of("name", "Bình Lư Mới", "effectiveOn", "2026-03-01", "legalBasis", "12/NQ-HĐND"), Void.class,
					unitId)
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

		DomainEventMessage<?> snapshot = awaitSnapshot(unitId, 2);

		assertThat(snapshot.getSequenceNumber()).isEqualTo(2);
		assertThat(this.engine.readEvents(unitId).asStream().map(event -> event.getPayloadType().getSimpleName()))
			.as("taking snapshots loses no event")
			.containsExactly("UnitRegistered", "PositionAssigned", "UnitRenamed");
		assertThat(snapshot.getPayload()).hasFieldOrPropertyWithValue("name", "Bình Lư Mới");
		ResponseEntity<Map> again = this.http.postForEntity("/api/units/{id}/rename",
				Map.of("name", "Bình Lư Mới", "effectiveOn", "2026-04-01", "legalBasis", "13/NQ-HĐND"), Map.class,
				unitId);
		assertThat(again.getStatusCode()).as("loaded from the snapshot, it knows its name")
			.isEqualTo(HttpStatus.CONFLICT);
		assertThat(again.getBody()).containsEntry("rule", "UnitNameUnchanged");
		ResponseEntity<Map> secondSecretary = this.http.postForEntity("/api/units/{id}/mandates", Map.of("postCode",
				"PARTY_SECRETARY", "personId", "can-bo-" + RUN, "from", "2026-01-01", "legalBasis", "05-QĐ/TU"),
				Map.class, unitId);
		assertThat(secondSecretary.getBody()).as("its mandates survived the snapshot")
			.containsEntry("rule", "PersonAlreadyHoldsPost");
		assertThat(snapshot.getPayload()).isInstanceOf(AdministrativeUnit.class)
			.hasFieldOrPropertyWithValue("unitId", unitId)
			.hasFieldOrPropertyWithValue("establishedOn", java.time.LocalDate.of(2025, 7, 1));
	}

	@Test
	void renamingAnUnknownUnit_isA404() {
		assertThat(this.http
			.postForEntity("/api/units/{id}/rename",
					Map.of("name", "Bình Lư Mới", "effectiveOn", "2026-03-01", "legalBasis", "12/NQ-HĐND"), Map.class,
					"no-such-unit")
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	private DomainEventMessage<?> awaitSnapshot(String unitId, long sequence) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (System.nanoTime() < deadline) {
			var snapshot = this.engine.readSnapshot(unitId);
			if (snapshot.isPresent() && snapshot.get().getSequenceNumber() == sequence) {
				return snapshot.get();
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no snapshot of " + unitId + " at sequence " + sequence + "; latest: "
				+ this.engine.readSnapshot(unitId).map(DomainEventMessage::getSequenceNumber).orElse(-1L) + ", events: "
				+ this.engine.readEvents(unitId)
					.asStream()
					.map(e -> e.getSequenceNumber() + ":" + e.getPayloadType().getSimpleName())
					.toList());
	}

}
