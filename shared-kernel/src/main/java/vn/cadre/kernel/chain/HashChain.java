package vn.cadre.kernel.chain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * {@code hash(n) = SHA-256(hash(n-1) || canonicalBytes(n))}, hex-encoded; the first link
 * follows {@link #GENESIS}. Rewriting any event changes its hash and, through the
 * chaining, every hash after it, so a rewritten history disagrees with every digest taken
 * before the rewrite.
 */
public final class HashChain {

	/** The hash before the first event. */
	public static final String GENESIS = "0".repeat(64);

	private HashChain() {
	}

	public static String next(String previousHash, ChainLink link) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(HexFormat.of().parseHex(previousHash));
			digest.update(link.canonicalBytes());
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
