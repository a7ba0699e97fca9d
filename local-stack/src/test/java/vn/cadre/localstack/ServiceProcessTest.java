package vn.cadre.localstack;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceProcessTest {

	@Test
	void theReadSide_replaysWithTheParallelCollector_inHalfAGigabyte_theOthersStaySmall() {
		assertThat(ServiceProcess.javaOptions(LocalStack.REPORTING, Map.of())).contains("-XX:+UseParallelGC",
				"-Xmx512m");
		assertThat(ServiceProcess.javaOptions(LocalStack.ASSIGNMENTS, Map.of())).contains("-XX:+UseSerialGC")
			.doesNotContain("-XX:+UseParallelGC");
	}

	@Test
	void aServiceOutOfMemory_stops_soTheSupervisorStartsItAfresh() {
		for (String service : new String[] { LocalStack.REPORTING, LocalStack.ASSIGNMENTS }) {
			assertThat(ServiceProcess.javaOptions(service, Map.of())).as(service)
				.contains("-XX:+ExitOnOutOfMemoryError");
		}
	}

	@Test
	void optionsGivenToTheService_replaceItsDefaults() {
		assertThat(ServiceProcess.javaOptions(LocalStack.REPORTING,
				Map.of(ServiceProcess.JAVA_OPTIONS, "  -Xmx1g   -XX:+UseG1GC ")))
			.containsExactly("-Xmx1g", "-XX:+UseG1GC");
	}

}
