package vn.cadre.reporting.config;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.cadre.kernel.EventWire;
import vn.cadre.reporting.deadletters.PoisonPolicy;

import static org.assertj.core.api.Assertions.assertThat;

class ReportingPropertiesTest {

	@Test
	void withoutAPrefix_aReadModelsGroupIsItsName() {
		assertThat(withPrefix(null).group("audit-log")).isEqualTo("audit-log");
		assertThat(withPrefix("").group("audit-log")).isEqualTo("audit-log");
	}

	@Test
	void aPrefix_comesBeforeEveryGroup() {
		assertThat(withPrefix("lai-chau.").group("unit-register")).isEqualTo("lai-chau.unit-register");
	}

	private static ReportingProperties withPrefix(String prefix) {
		return new ReportingProperties("cadre_reporting", EventWire.DEFAULT_TOPIC, 1, Duration.ofSeconds(1), 3,
				PoisonPolicy.PARK, List.of(), EventWire.DEFAULT_DIGEST_TOPIC, 1000, Duration.ofSeconds(10), 10000,
				prefix, Duration.ofMinutes(2), Duration.ofSeconds(60), 1, Duration.ofSeconds(30));
	}

}
