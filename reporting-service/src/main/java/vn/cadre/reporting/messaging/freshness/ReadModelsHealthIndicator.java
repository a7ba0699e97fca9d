package vn.cadre.reporting.messaging.freshness;

import java.util.Map;

import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Readiness of the read side: out of service until every read model has applied what
 * Kafka held when the service first asked, so a restart that replays a long history does
 * not answer with half a register. Once caught up it stays up; lag after that is reported
 * by {@code /api/read-side/status}, and reads that must see a write wait for it.
 */
@Component
class ReadModelsHealthIndicator implements HealthIndicator {

	private final ReadSideStatus status;

	private volatile Map<TopicPartition, Long> endsAtStart;

	private volatile boolean caughtUp;

	ReadModelsHealthIndicator(ReadSideStatus status) {
		this.status = status;
	}

	boolean caughtUp() {
		return this.caughtUp;
	}

	@Override
	public Health health() {
		if (this.caughtUp) {
			return Health.up().build();
		}
		try {
			if (this.endsAtStart == null) {
				this.endsAtStart = this.status.endOffsets(true);
			}
			if (this.status.reached(this.endsAtStart)) {
				this.caughtUp = true;
				return Health.up().build();
			}
			return Health.outOfService().withDetail("catchingUp", this.status.progress()).build();
		}
		catch (RuntimeException ex) {
			return Health.outOfService().withException(ex).build();
		}
	}

}
