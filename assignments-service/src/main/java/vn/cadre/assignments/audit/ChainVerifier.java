package vn.cadre.assignments.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import vn.cadre.assignments.eventstore.StoredEvent;
import vn.cadre.assignments.eventstore.StoredEvents;
import vn.cadre.kernel.chain.ChainDigest;
import vn.cadre.kernel.chain.HashChain;

/**
 * Recomputes the chain from the stored events and holds it against the seals and a
 * digest; stops at the first position that does not verify and names it. Walks by
 * windows, so a history of a million events is checked in constant memory.
 */
public final class ChainVerifier {

	private static final int WINDOW = 500;

	private final StoredEvents stored;

	private final ChainStore chain;

	public ChainVerifier(StoredEvents stored, ChainStore chain) {
		this.stored = stored;
		this.chain = chain;
	}

	/**
	 * Verifies positions {@code from} to {@code to} ({@code null}: up to the head) and,
	 * when a digest is given and lies in that range, that the chain reaches it with its
	 * hash.
	 */
	public ChainVerification verify(long from, Long to, ChainDigest digest) {
		Walk walk = new Walk(Math.max(1, from), digest);
		ChainStore.Head head = this.chain.head();
		long upper = (to == null) ? head.position() : Math.min(to, head.position());
		long position = walk.from;
		while (position <= upper && walk.broken == null) {
			List<StoredEvent> links = this.stored.read(position, WINDOW);
			long end = links.isEmpty() ? Math.min(position + WINDOW, upper + 1)
					: Math.min(links.get(links.size() - 1).position() + 1, upper + 1);
			Map<Long, ChainStore.Seal> seals = this.chain.window(position, end);
			Map<Long, StoredEvent> byPosition = new HashMap<>();
			links.stream()
				.filter((link) -> link.position() < end)
				.forEach((link) -> byPosition.put(link.position(), link));
			TreeSet<Long> positions = new TreeSet<>(seals.keySet());
			positions.addAll(byPosition.keySet());
			for (long p : positions) {
				StoredEvent link = byPosition.get(p);
				boolean laterStored = link == null && !this.stored.read(p + 1, 1).isEmpty();
				if (!walk.check(p, link, seals.get(p), laterStored)) {
					break;
				}
			}
			position = end;
		}
		Long unsealedFrom = null;
		if (walk.broken == null && (to == null || to > head.position())) {
			List<StoredEvent> beyond = this.stored.read(head.position() + 1, 1);
			if (!beyond.isEmpty()) {
				unsealedFrom = beyond.get(0).position();
			}
		}
		return walk.result(to, unsealedFrom);
	}

	/** The state of one verification as it moves along the positions. */
	private static final class Walk {

		private final long from;

		private final ChainDigest digest;

		private String running;

		private long through;

		private long checked;

		private Long broken;

		private String reason;

		private ChainVerification.Status status = ChainVerification.Status.INTACT;

		private String hashAtDigest;

		Walk(long from, ChainDigest digest) {
			this.from = from;
			this.digest = digest;
			this.through = from - 1;
			this.running = (from == 1) ? HashChain.GENESIS : null;
		}

		boolean check(long position, StoredEvent link, ChainStore.Seal seal, boolean laterStored) {
			if (seal == null) {
				return fail(position, ChainVerification.Status.BROKEN,
						"sự kiện chưa từng được niêm phong (bị chèn thêm) / the stored event was never sealed (inserted later)");
			}
			if (link == null) {
				return fail(position,
						laterStored ? ChainVerification.Status.BROKEN : ChainVerification.Status.TRUNCATED,
						"sự kiện đã niêm phong không còn trong kho / a sealed event is missing from the store");
			}
			if (this.running == null) {
				// A range starts from the seal on record before it.
				this.running = seal.previous();
			}
			if (!seal.previous().equals(this.running)) {
				return fail(position, ChainVerification.Status.BROKEN,
						"mắt xích không nối với hash trước / the link does not follow the previous hash");
			}
			String recomputed = HashChain.next(this.running, ChainLinks.of(link));
			if (!recomputed.equals(seal.hash())) {
				return fail(position, ChainVerification.Status.BROKEN,
						"sự kiện lưu trữ khác với khi niêm phong / the stored event differs from the sealed one");
			}
			this.running = recomputed;
			this.through = position;
			this.checked++;
			if (this.digest != null && this.digest.position() == position) {
				this.hashAtDigest = recomputed;
			}
			return true;
		}

		private boolean fail(long position, ChainVerification.Status status, String reason) {
			this.broken = position;
			this.status = status;
			this.reason = reason;
			return false;
		}

		ChainVerification result(Long to, Long unsealedFrom) {
			if (this.broken == null && this.digest != null && this.digest.position() >= this.from
					&& (to == null || this.digest.position() <= to)) {
				if (this.hashAtDigest == null) {
					fail(this.through + 1, ChainVerification.Status.TRUNCATED,
							"bản tóm lược cuối ghi vị trí " + this.digest.position() + " nhưng chuỗi dừng ở "
									+ this.through + " / the last digest names position " + this.digest.position()
									+ " but the chain ends at " + this.through);
				}
				else if (!this.hashAtDigest.equals(this.digest.hash())) {
					fail(this.digest.position(), ChainVerification.Status.BROKEN,
							"chuỗi đã bị viết lại trước vị trí này: hash khác bản tóm lược / the history up to here "
									+ "was rewritten: its hash differs from the digest");
				}
			}
			return new ChainVerification(this.status, this.from, this.through, this.checked, this.running, this.broken,
					this.reason, this.digest, unsealedFrom);
		}

	}

}
