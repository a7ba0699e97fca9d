package vn.cadre.reporting.config;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.cadre.kernel.EventWire;
import vn.cadre.reporting.deadletters.PoisonPolicy;

/**
 * Settings of the read side ({@code cadre.reporting.*}).
 *
 * @param database MongoDB database holding the read models and their checkpoints
 * @param topic Kafka topic the events are read from
 * @param consumersPerProjection consumer threads per projection (at most the topic's
 * partition count)
 * @param retryInterval pause between attempts to apply an event that failed
 * @param retryAttempts attempts after the first before an event becomes a dead letter
 * @param poisonPolicy whether an aggregate's later events go on ({@code SKIP}) or wait
 * ({@code PARK}) behind a dead letter
 * @param periods the named periods measures are counted over (calendar years are added)
 * @param digestTopic Kafka topic of the hash chain's digests, which this side keeps
 * @param applyBatchSize records a consumer applies as one batch (1: one at a time, the
 * old path, kept as a baseline)
 * @param readYourWritesWait how long a read that names a position waits for the read
 * models to apply it before answering 503
 * @param catchUpEvents events a consumer that is behind (a replay, a rebuild) applies in
 * memory before it writes them, so a document changed many times is written once per
 * chunk instead of once per poll (1: write every poll)
 * @param groupPrefix put before each read model's Kafka consumer group (its name), so
 * that deployments sharing one Kafka cluster, or read sides of different topics in one
 * JVM, do not rebalance each other's consumers
 * @param switchHold how long live consumers hold still while a rebuilt generation takes
 * over (or a check settles what differs) before they go on regardless
 * @param wideQuestions questions over a whole level (the country, the national view)
 * answered at once; each holds every commune's countable versions while it is computed
 * @param wideQuestionWait how long such a question waits for its turn before it is
 * answered 503
 * @param rebuildClaim how long a rebuild's claim on the next generation holds without
 * being renewed (it is renewed six times as often): past it, another instance may take it
 * over
 */
@ConfigurationProperties("cadre.reporting")
public record ReportingProperties(@DefaultValue("cadre_reporting") String database,
		@DefaultValue(EventWire.DEFAULT_TOPIC) String topic, @DefaultValue("1") int consumersPerProjection,
		@DefaultValue("1s") Duration retryInterval, @DefaultValue("3") int retryAttempts,
		@DefaultValue("PARK") PoisonPolicy poisonPolicy, List<NamedPeriod> periods,
		@DefaultValue(EventWire.DEFAULT_DIGEST_TOPIC) String digestTopic, @DefaultValue("1000") int applyBatchSize,
		@DefaultValue("10s") Duration readYourWritesWait, @DefaultValue("10000") int catchUpEvents,
		@DefaultValue("") String groupPrefix, @DefaultValue("2m") Duration switchHold,
		@DefaultValue("60s") Duration rebuildClaim, @DefaultValue("1") int wideQuestions,
		@DefaultValue("30s") Duration wideQuestionWait) {

	public ReportingProperties {
		periods = (periods != null) ? List.copyOf(periods) : List.of();
		groupPrefix = (groupPrefix != null) ? groupPrefix : "";
		if (wideQuestions < 1) {
			throw new IllegalArgumentException("cadre.reporting.wide-questions must be at least 1");
		}
	}

	/** The Kafka consumer group of a read model, or of the digests. */
	public String group(String name) {
		return this.groupPrefix + name;
	}

	/** A period of the catalogue, both ends included. */
	public record NamedPeriod(String id, String titleVi, String titleEn, LocalDate from, LocalDate until) {

	}

}
