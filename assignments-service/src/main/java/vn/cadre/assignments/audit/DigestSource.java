package vn.cadre.assignments.audit;

import java.util.List;
import java.util.Optional;

import vn.cadre.kernel.chain.ChainDigest;

/** Where the chain's digests can be read back, away from the event store. */
public interface DigestSource {

	/** Every digest published, in the order published. */
	List<ChainDigest> all();

	/** The digest of the highest position. */
	default Optional<ChainDigest> latest() {
		return all().stream().max(java.util.Comparator.comparingLong(ChainDigest::position));
	}

}
