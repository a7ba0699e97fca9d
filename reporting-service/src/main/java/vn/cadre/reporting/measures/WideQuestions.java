package vn.cadre.reporting.measures;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.cadre.reporting.config.ReportingProperties;
import vn.cadre.reporting.web.QueryRefused;

/**
 * Takes questions over a whole level (the country, a level, the national view) a few at a
 * time. Each holds every commune's countable versions while it is computed: at a national
 * history of a million events, four asked at once ran reporting-service out of its 512 MB
 * of heap, and its read models' consumers with it. A question waits for its turn up to
 * {@code cadre.reporting.wide-question-wait}, then is answered 503 with Retry-After;
 * questions about a unit, a lineage or a province do not wait.
 */
@Component
public class WideQuestions {

	private final Semaphore turns;

	private final Duration wait;

	@Autowired
	public WideQuestions(ReportingProperties properties) {
		this(properties.wideQuestions(), properties.wideQuestionWait());
	}

	WideQuestions(int atOnce, Duration wait) {
		this.turns = new Semaphore(atOnce, true);
		this.wait = wait;
	}

	/** The answer to {@code question}, computed in its turn. */
	public <T> T answer(Supplier<T> question) {
		take();
		try {
			return question.get();
		}
		finally {
			this.turns.release();
		}
	}

	private void take() {
		try {
			if (this.turns.tryAcquire(this.wait.toMillis(), TimeUnit.MILLISECONDS)) {
				return;
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		throw QueryRefused.busy("measure.busy", Math.max(1, (this.wait.toMillis() + 999) / 1000));
	}

}
