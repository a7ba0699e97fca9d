package vn.cadre.console;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import vn.cadre.support.security.CadreSecurityAutoConfiguration;
import vn.cadre.support.web.ProblemErrorsAutoConfiguration;

/**
 * The console: pages for people, on the two services' HTTP APIs. The services' own
 * security (password and bearer sign-in for API calls, problem answers) is left out here:
 * the console signs people in once and relays a token for them. It keeps no data of its
 * own, so the clients of MongoDB and Kafka that come with the services' support stay off.
 */
@SpringBootApplication(exclude = { CadreSecurityAutoConfiguration.class, ProblemErrorsAutoConfiguration.class,
		MongoAutoConfiguration.class, KafkaAutoConfiguration.class })
@ConfigurationPropertiesScan
public class ConsoleApplication {

	public static void main(String[] args) {
		SpringApplication.run(ConsoleApplication.class, args);
	}

}
