package vn.cadre.support.app;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.data.mongo.MongoDataAutoConfiguration;
import org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cadre.support.security.EndpointRules;
import vn.cadre.support.security.Role;

/**
 * A service as small as service-support allows, for tests on a real Tomcat: no MongoDB,
 * no Kafka, a few endpoints that fail in each way a real one can.
 */
@SpringBootApplication(
		exclude = { MongoAutoConfiguration.class, MongoDataAutoConfiguration.class, KafkaAutoConfiguration.class })
public class SupportTestApplication {

	public static void main(String[] args) {
		SpringApplication.run(SupportTestApplication.class, args);
	}

	@Bean
	EndpointRules testRules() {
		return (requests) -> requests.requestMatchers("/api/admin-only")
			.hasRole(Role.ADMIN.name())
			.requestMatchers("/api/**")
			.hasRole(Role.VIEWER.name());
	}

	@RestController
	@Validated
	static class FailingEndpoints {

		/** Validated by the method validation proxy: a ConstraintViolationException. */
		@GetMapping("/api/checked")
		String checked(@RequestParam @Min(0) long from) {
			return "ok";
		}

		/** Needs a parameter of a type: a mismatch or a missing parameter. */
		@GetMapping("/api/typed")
		String typed(@RequestParam int page) {
			return "ok";
		}

		@GetMapping("/api/boom")
		String boom() {
			throw new IllegalStateException("secret internals: connection string mongodb://hidden");
		}

		@GetMapping("/api/admin-only")
		String adminOnly() {
			return "ok";
		}

		@PostMapping("/api/echo")
		String echo(@RequestBody String body) {
			return body;
		}

	}

	@RestController
	static class UnproxiedEndpoints {

		/** Validated by Spring MVC itself: a HandlerMethodValidationException. */
		@GetMapping("/api/counted")
		String counted(@RequestParam @Positive int size) {
			return "ok";
		}

	}

}
