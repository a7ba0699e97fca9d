package vn.cadre.localstack.history;

import java.time.Instant;
import java.time.LocalDate;

import vn.cadre.kernel.mandate.EndCause;

/**
 * One decision on a unit's mandates as planned, before the unit's rules decide its
 * concurrent holdings and locality; ordered by the time it is recorded.
 */
sealed interface Intent {

	Instant recordedAt();

	/** Where it was planned, to keep decisions of the same instant in that order. */
	int order();

	record Assign(String mandateId, String postCode, String personId, LocalDate from, Instant recordedAt,
			int order) implements Intent {

	}

	record End(String mandateId, LocalDate lastDay, EndCause cause, Instant recordedAt, int order) implements Intent {

	}

	/** Moves the first day later: the decision carried a later date than was entered. */
	record Correct(String mandateId, int shiftDays, Instant recordedAt, int order) implements Intent {

	}

	record Rescind(String mandateId, Instant recordedAt, int order) implements Intent {

	}

}
