package vn.cadre.assignments.audit;

import java.util.Optional;

import vn.cadre.kernel.chain.ChainDigest;

/** Where the latest digest of the chain can be read back, away from the event store. */
public interface DigestSource {

	Optional<ChainDigest> latest();

}
