package vn.cadre.reporting.config;

import java.time.Duration;

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
 */
@ConfigurationProperties("cadre.reporting")
public record ReportingProperties(@DefaultValue("cadre_reporting") String database,
		@DefaultValue(EventWire.DEFAULT_TOPIC) String topic, @DefaultValue("1") int consumersPerProjection,
		@DefaultValue("1s") Duration retryInterval, @DefaultValue("3") int retryAttempts,
		@DefaultValue("PARK") PoisonPolicy poisonPolicy) {

}
