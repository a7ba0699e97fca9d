package vn.cadre.localstack.history;

import java.time.Instant;
import java.util.List;

/**
 * What a generated history holds and where to point queries and commands at it.
 *
 * @param events events written, which is also the last global position
 * @param restatements units with a backdated correction and when it was recorded
 * @param commandBasis a registered document that commands may cite
 */
public record HistoryFacts(long seed, long events, int commits, int oldProvinces, int provincesAfter, int districts,
		int oldCommunes, int newCommunes, int splitCommunes, int persons, int corrections, int rescissions,
		int briefings, List<String> newCommuneIds, List<String> provinceIds, List<Correction> restatements,
		String commandBasis) {

	/** A correction recorded at {@code recordedAt} in {@code unitId}. */
	public record Correction(String unitId, Instant recordedAt) {

	}

}
