package vn.cadre.reporting.projection;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import vn.cadre.kernel.PublishedEvent;
import vn.cadre.kernel.unit.UnitRegistered;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EventDecoderTest {

	private final EventDecoder decoder = new EventDecoder(new ObjectMapper().registerModule(new JavaTimeModule()));

	@Test
	void aRevision1RecordOnTheTopic_isReadAsRevision2() throws Exception {
		PublishedEvent event = this.decoder.decode(envelope("1", "Thị trấn Tam Đường", "TOWNSHIP"));

		assertThat(event.revision()).isEqualTo("2");
		assertThat(((UnitRegistered) event.payload()).name()).isEqualTo("Tam Đường");
	}

	@Test
	void aCurrentRecord_isReadAsItIs() throws Exception {
		PublishedEvent event = this.decoder.decode(envelope("2", "Thị trấn Tam Đường", "TOWNSHIP"));

		assertThat(((UnitRegistered) event.payload()).name()).isEqualTo("Thị trấn Tam Đường");
		assertThat(event.position()).isEqualTo(7);
		assertThat(event.metaData()).containsEntry("actor", "can-bo-07");
	}

	@Test
	void aTypeOutsideTheKernelContract_isNeverInstantiated() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.decoder.decode(
					envelope("1", "x", "COMMUNE").replace(UnitRegistered.class.getName(), "java.lang.ProcessBuilder")))
			.withMessageContaining("java.lang.ProcessBuilder");
	}

	private static String envelope(String revision, String name, String type) {
		return """
				{"eventId":"e-1","type":"%s","revision":"%s","position":7,"aggregateType":"AdministrativeUnit",
				 "aggregateId":"u-1","sequence":0,"recordedAt":"2026-01-05T08:00:00Z","metaData":{"actor":"can-bo-07"},
				 "payload":{"unitId":"u-1","code":"03390","name":"%s","type":"%s","parentId":null,
				            "establishedOn":"2025-07-01","legalBasis":"1670/NQ-UBTVQH15"}}
				""".formatted(UnitRegistered.class.getName(), revision, name, type);
	}

}
