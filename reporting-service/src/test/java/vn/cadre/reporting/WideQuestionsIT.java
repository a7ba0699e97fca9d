package vn.cadre.reporting;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.cadre.reporting.measures.WideQuestions;
import vn.cadre.support.testing.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Questions over the whole country are answered one at a time by default (each holds
 * every commune's countable versions); one that does not get its turn in time is answered
 * 503 with Retry-After, in the language asked, while questions about a unit go on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WideQuestionsIT {

	private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		ReadSideTesting.servers(registry, "wide_questions_" + RUN, "cadre.events.wide." + RUN);
		registry.add("cadre.reporting.wide-question-wait", () -> "300ms");
	}

	private TestRestTemplate http;

	@Autowired
	void signIn(TestRestTemplate http) {
		this.http = http.withBasicAuth(TestUsers.EVERYONE, TestUsers.PASSWORD);
	}

	@Autowired
	private WideQuestions wideQuestions;

	@Test
	void aCountryQuestionWhileAnotherIsAnswered_is503WithRetryAfter_andAUnitQuestionGoesOn() throws Exception {
		CountDownLatch answering = new CountDownLatch(1);
		CountDownLatch finish = new CountDownLatch(1);
		CompletableFuture<Object> another = CompletableFuture.supplyAsync(() -> this.wideQuestions.answer(() -> {
			answering.countDown();
			try {
				return finish.await(60, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}));
		assertThat(answering.await(10, TimeUnit.SECONDS)).isTrue();
		try {
			ResponseEntity<String> country = get("/api/measures?scope=COUNTRY&period=old-model");
			assertThat(country.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
			assertThat(country.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
			assertThat(country.getHeaders().getContentType()).hasToString("application/problem+json");
			assertThat(country.getBody()).contains("lần lượt").contains("1 giây");
			assertThat(get("/api/measures/by-province?period=old-model").getStatusCode())
				.isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
			assertThat(get("/api/measures?scope=UNIT&unitId=binh-lu&period=old-model").getStatusCode())
				.isEqualTo(HttpStatus.OK);
		}
		finally {
			finish.countDown();
			another.get(10, TimeUnit.SECONDS);
		}
		assertThat(get("/api/measures?scope=COUNTRY&period=old-model").getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	private ResponseEntity<String> get(String path) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.ACCEPT_LANGUAGE, "vi");
		return this.http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
	}

}
