package vn.cadre.kernel.chain;

import java.time.Instant;
import java.util.Objects;

/**
 * The chain's head at one moment, published away from the event store (the digest topic,
 * kept by the reporting side): a history whose tail was cut, or that was rewritten and
 * re-hashed, no longer reaches this position with this hash.
 *
 * @param position position of the last sealed event
 * @param hash its chain hash
 * @param sealedAt when the digest was taken
 */
public record ChainDigest(long position, String hash, Instant sealedAt) {

	public ChainDigest {
		Objects.requireNonNull(hash, "hash");
		Objects.requireNonNull(sealedAt, "sealedAt");
	}

}
