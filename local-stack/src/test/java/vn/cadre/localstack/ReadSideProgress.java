package vn.cadre.localstack;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Whether the read side has caught up with the history: from
 * {@code GET /api/read-side/status} where the service offers it, else from Kafka (every
 * projection's consumer group has committed the whole topic, and the topic holds the
 * store's head).
 */
final class ReadSideProgress {

	/** unit-register, mandate-history, briefings, audit-log (docs/reporting.md). */
	static final int PROJECTIONS = 4;

	private final BenchHttp http;

	private final KafkaProbe kafka;

	private final String reportingUrl;

	private String source = "n/a";

	ReadSideProgress(BenchHttp http, KafkaProbe kafka, String reportingUrl) {
		this.http = http;
		this.kafka = kafka;
		this.reportingUrl = reportingUrl;
	}

	boolean caughtUp(long head) throws Exception {
		JsonNode status = this.http.json(this.reportingUrl + "/api/read-side/status");
		JsonNode models = (status == null) ? null : status.isArray() ? status : firstArray(status);
		if (models != null && !models.isEmpty()) {
			this.source = "GET /api/read-side/status";
			for (JsonNode model : models) {
				if (model.path("eventsBehind").asLong(1) > 0 || model.path("appliedThrough").asLong(0) < head) {
					return false;
				}
			}
			return true;
		}
		this.source = "Kafka consumer-group offsets";
		Map<String, Long> lag = this.kafka.lagByGroup();
		return lag.size() >= PROJECTIONS && lag.values().stream().allMatch(behind -> behind == 0)
				&& this.kafka.publishedThrough() >= head;
	}

	/** Events applied by the slowest projection so far, as far as Kafka tells. */
	long slowestCommitted(long topicRecords) throws Exception {
		Map<String, Long> lag = this.kafka.lagByGroup();
		if (lag.size() < PROJECTIONS) {
			return 0;
		}
		return topicRecords - lag.values().stream().mapToLong(Long::longValue).max().orElse(topicRecords);
	}

	String source() {
		return this.source;
	}

	private static JsonNode firstArray(JsonNode status) {
		for (JsonNode field : status) {
			if (field.isArray()) {
				return field;
			}
		}
		return null;
	}

}
