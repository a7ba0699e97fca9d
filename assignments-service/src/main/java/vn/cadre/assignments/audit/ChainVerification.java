package vn.cadre.assignments.audit;

import vn.cadre.kernel.chain.ChainDigest;

/**
 * What a verification found.
 *
 * @param status {@code INTACT}, {@code BROKEN} (a stored event or a link differs from its
 * seal) or {@code TRUNCATED} (the store ends before a sealed or digested position)
 * @param from first position checked
 * @param through last position found intact
 * @param eventsChecked events recomputed and found intact
 * @param lastHash the chain hash at {@code through}
 * @param firstBrokenPosition the first position that does not verify, or {@code null}
 * @param reason why it does not, in Vietnamese and English, or {@code null}
 * @param digest the digest the history was held against, or {@code null} when none was
 * available (a cut tail then goes unnoticed)
 * @param unsealedFrom the first stored position not sealed yet (the publisher is behind),
 * or {@code null}
 */
public record ChainVerification(Status status, long from, long through, long eventsChecked, String lastHash,
		Long firstBrokenPosition, String reason, ChainDigest digest, Long unsealedFrom) {

	public enum Status {

		INTACT, BROKEN, TRUNCATED

	}

	public boolean intact() {
		return this.status == Status.INTACT;
	}

}
