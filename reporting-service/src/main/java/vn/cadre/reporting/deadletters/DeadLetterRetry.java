package vn.cadre.reporting.deadletters;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import vn.cadre.reporting.projection.EventDecoder;
import vn.cadre.reporting.projection.Generations;
import vn.cadre.reporting.projection.Projection;
import org.springframework.http.HttpStatus;
import vn.cadre.reporting.web.QueryRefused;

/**
 * Applies dead letters again. Retrying a letter applies it and then the letters parked
 * behind it, in order, stopping at the first that fails again; an aggregate with no
 * letters left is released.
 */
@Component
class DeadLetterRetry {

	private final DeadLetters deadLetters;

	private final EventDecoder decoder;

	private final Map<String, Projection> projections;

	private final Generations generations;

	DeadLetterRetry(DeadLetters deadLetters, EventDecoder decoder, List<Projection> projections,
			Generations generations) {
		this.generations = generations;
		this.deadLetters = deadLetters;
		this.decoder = decoder;
		this.projections = projections.stream().collect(Collectors.toMap(Projection::name, Function.identity()));
	}

	/**
	 * Returns how many letters were applied; throws {@link RetryRefused} when the letter
	 * is not first in line.
	 */
	int retry(DeadLetter letter) {
		List<DeadLetter> line = this.deadLetters.forAggregate(letter.projection(), letter.aggregateId());
		if (!line.isEmpty() && !line.get(0).id().equals(letter.id())) {
			throw new RetryRefused(line.get(0).id());
		}
		Projection projection = this.projections.get(letter.projection());
		int applied = 0;
		for (DeadLetter next : line.isEmpty() ? List.of(letter) : line) {
			try {
				projection.apply(this.decoder.decode(next.value()), this.generations.serving());
			}
			catch (Exception ex) {
				this.deadLetters.record(new DeadLetter(next.id(), next.projection(), next.topic(), next.partition(),
						next.offset(), next.aggregateId(), next.position(), DeadLetter.FAILED, DeadLetter.describe(ex),
						next.value(), next.recordedAt()));
				break;
			}
			this.deadLetters.delete(next.id());
			applied++;
		}
		this.deadLetters.unparkIfEmpty(letter.projection(), letter.aggregateId());
		return applied;
	}

	void discard(DeadLetter letter) {
		this.deadLetters.delete(letter.id());
		this.deadLetters.unparkIfEmpty(letter.projection(), letter.aggregateId());
	}

	/** A conflict with the dead letters' order, not a bad question. */
	static class RetryRefused extends QueryRefused {

		RetryRefused(String earlier) {
			super(HttpStatus.CONFLICT, null, "dead-letter.out-of-order", earlier);
		}

	}

}
