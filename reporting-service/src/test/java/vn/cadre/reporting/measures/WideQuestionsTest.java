package vn.cadre.reporting.measures;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import vn.cadre.reporting.web.QueryRefused;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WideQuestionsTest {

	/** As the service is configured by default. */
	static WideQuestions oneAtATime() {
		return new WideQuestions(1, Duration.ofSeconds(30));
	}

	@Test
	void aQuestionAskedWhileAnotherIsAnswered_waitsItsTurn_thenIsAnswered() throws Exception {
		WideQuestions questions = new WideQuestions(1, Duration.ofSeconds(30));
		CountDownLatch finish = new CountDownLatch(1);
		CompletableFuture<String> first = answering(questions, finish);

		CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> questions.answer(() -> "second"));
		Thread.sleep(200);
		assertThat(second).as("waiting its turn").isNotDone();

		finish.countDown();
		assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first");
		assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("second");
	}

	@Test
	void aQuestionThatDoesNotGetItsTurnInTime_isAnswered503_andTheTurnIsNotLost() throws Exception {
		WideQuestions questions = new WideQuestions(1, Duration.ofMillis(100));
		CountDownLatch finish = new CountDownLatch(1);
		CompletableFuture<String> first = answering(questions, finish);

		assertThatThrownBy(() -> questions.answer(() -> "second")).isInstanceOfSatisfying(QueryRefused.class,
				refused -> assertThat(refused.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE));

		finish.countDown();
		first.get(10, TimeUnit.SECONDS);
		assertThat(questions.answer(() -> "third")).isEqualTo("third");
	}

	@Test
	void aQuestionThatFails_givesItsTurnBack() {
		WideQuestions questions = new WideQuestions(1, Duration.ofMillis(100));

		assertThatThrownBy(() -> questions.answer(() -> {
			throw new IllegalStateException("the server went away");
		})).hasMessage("the server went away");

		assertThat(questions.answer(() -> "next")).isEqualTo("next");
	}

	/** A question that has its turn and is answered "first" once {@code finish} opens. */
	private static CompletableFuture<String> answering(WideQuestions questions, CountDownLatch finish)
			throws InterruptedException {
		CountDownLatch asked = new CountDownLatch(1);
		CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> questions.answer(() -> {
			asked.countDown();
			await(finish);
			return "first";
		}));
		assertThat(asked.await(10, TimeUnit.SECONDS)).isTrue();
		return first;
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
