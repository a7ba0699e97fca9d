package vn.cadre.support;

import com.mongodb.client.MongoClient;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Registers the {@code mongo} and {@code kafka} health contributors that the readiness
 * group includes. Spring Boot's own MongoDB indicator needs Spring Data, which these
 * services do not use.
 */
@AutoConfiguration(after = { MongoAutoConfiguration.class, KafkaAutoConfiguration.class })
public class HealthAutoConfiguration {

	@Bean(name = "mongoHealthIndicator")
	@ConditionalOnBean(MongoClient.class)
	MongoHealthIndicator mongoHealthIndicator(MongoClient mongo) {
		return new MongoHealthIndicator(mongo);
	}

	@Bean
	@ConditionalOnProperty(ParentProcessWatch.PARENT_PID)
	ParentProcessWatch parentProcessWatch(Environment environment) {
		return new ParentProcessWatch(Long.parseLong(environment.getRequiredProperty(ParentProcessWatch.PARENT_PID)));
	}

	@Bean(name = "kafkaHealthIndicator")
	@ConditionalOnBean(KafkaAdmin.class)
	KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin kafkaAdmin) {
		return new KafkaHealthIndicator(kafkaAdmin);
	}

}
