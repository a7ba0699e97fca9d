package vn.cadre.assignments.audit;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.cadre.assignments.eventstore.StoredEvent;
import vn.cadre.assignments.eventstore.StoredEvents;
import vn.cadre.kernel.chain.ChainDigest;
import vn.cadre.kernel.chain.HashChain;

/**
 * Recomputes the chain from the stored events and holds it against the seals, the head
 * and every digest; stops at the first position that does not verify and names it. Walks
 * every position, not only those with events: each position a reader has passed holds an
 * event or a declared gap, so one holding neither was removed. Walks by windows, so a
 * history of a million events is checked in constant memory.
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
	 * Verifies positions {@code from} to {@code to} ({@code null}: up to the head) and
	 * that the chain reaches every digest in that range with the digest's hash.
	 */
	public ChainVerification verify(long from, Long to, List<ChainDigest> digests) {
		ChainStore.Head head = this.chain.head();
		long upper = (to == null) ? head.position() : Math.min(to, head.position());
		List<ChainDigest> inRange = digests.stream()
			.filter((digest) -> digest.position() >= from && (to == null || digest.position() <= to))
			.sorted(Comparator.comparingLong(ChainDigest::position))
			.toList();
		Walk walk = new Walk(Math.max(1, from), inRange);
		long position = walk.from;
		while (position <= upper && walk.broken == null) {
			StoredEvents.Batch batch = this.stored.readBatch(position, WINDOW);
			List<StoredEvent> events = batch.events();
			long end = events.isEmpty() ? Math.min(position + WINDOW, upper + 1)
					: Math.min(events.get(events.size() - 1).position() + 1, upper + 1);
			Map<Long, ChainStore.Seal> seals = this.chain.window(position, end);
			Map<Long, StoredEvent> byPosition = new HashMap<>();
			events.forEach((event) -> byPosition.put(event.position(), event));
			for (long p = position; p < end && walk.broken == null; p++) {
				walk.check(p, byPosition.get(p), seals.get(p), batch.gaps().contains(p), () -> laterStored(end));
			}
			position = end;
		}
		Long unsealedFrom = null;
		if (walk.broken == null && (to == null || to >= head.position())) {
			if (head.position() > 0 && walk.through == head.position() && walk.running != null
					&& !walk.running.equals(head.hash())) {
				walk.fail(head.position(), ChainVerification.Status.BROKEN,
						"đầu chuỗi không khớp mắt xích cuối / the chain's head does not match its last link");
			}
			List<StoredEvent> beyond = this.stored.read(head.position() + 1, 1);
			if (!beyond.isEmpty()) {
				unsealedFrom = beyond.get(0).position();
			}
		}
		return walk.result(unsealedFrom);
	}

	private boolean laterStored(long after) {
		return !this.stored.read(after, 1).isEmpty();
	}

	/** The state of one verification as it moves along the positions. */
	private static final class Walk {

		private final long from;

		private final Deque<ChainDigest> digests;

		private final ChainDigest lastDigest;

		private String running;

		private long through;

		private long lastEvent = -1;

		private long checked;

		private Long broken;

		private String reason;

		private ChainVerification.Status status = ChainVerification.Status.INTACT;

		Walk(long from, List<ChainDigest> digests) {
			this.from = from;
			this.digests = new ArrayDeque<>(digests);
			this.lastDigest = digests.isEmpty() ? null : digests.get(digests.size() - 1);
			this.through = from - 1;
			this.running = (from == 1) ? HashChain.GENESIS : null;
			if (from == 1) {
				this.lastEvent = 0;
			}
		}

		void check(long position, StoredEvent event, ChainStore.Seal seal, boolean gap,
				java.util.function.BooleanSupplier laterStored) {
			if (gap && seal == null) {
				passDigestsUpTo(position, null);
				return;
			}
			if (gap) {
				fail(position, ChainVerification.Status.BROKEN,
						"sự kiện đã niêm phong bị thay bằng khoảng trống / a sealed event was replaced by a gap");
				return;
			}
			if (event == null && seal == null) {
				fail(position,
						laterStored.getAsBoolean() ? ChainVerification.Status.BROKEN
								: ChainVerification.Status.TRUNCATED,
						"vị trí không còn sự kiện lẫn khoảng trống: đã bị xóa / the position holds neither an event "
								+ "nor a declared gap: it was removed");
				return;
			}
			if (seal == null) {
				fail(position, ChainVerification.Status.BROKEN,
						"sự kiện chưa từng được niêm phong (bị chèn thêm) / the stored event was never sealed (inserted later)");
				return;
			}
			if (event == null) {
				fail(position,
						laterStored.getAsBoolean() ? ChainVerification.Status.BROKEN
								: ChainVerification.Status.TRUNCATED,
						"sự kiện đã niêm phong không còn trong kho / a sealed event is missing from the store");
				return;
			}
			if (this.running == null) {
				// A range starts from the seal on record before it.
				this.running = seal.previous();
				this.lastEvent = seal.previousPosition();
			}
			if (!seal.previous().equals(this.running) || seal.previousPosition() != this.lastEvent) {
				fail(position, ChainVerification.Status.BROKEN,
						"mắt xích không nối với sự kiện trước / the link does not follow the previous event");
				return;
			}
			String recomputed = HashChain.next(this.running, ChainLinks.of(event));
			if (!recomputed.equals(seal.hash())) {
				fail(position, ChainVerification.Status.BROKEN,
						"sự kiện lưu trữ khác với khi niêm phong / the stored event differs from the sealed one");
				return;
			}
			this.running = recomputed;
			this.through = position;
			this.lastEvent = position;
			this.checked++;
			passDigestsUpTo(position, recomputed);
		}

		/**
		 * Holds the digests at or before {@code position} against what the walk found.
		 */
		private void passDigestsUpTo(long position, String hashHere) {
			while (this.broken == null && !this.digests.isEmpty() && this.digests.peekFirst().position() <= position) {
				ChainDigest digest = this.digests.pollFirst();
				if (digest.position() < position || hashHere == null) {
					fail(digest.position(), ChainVerification.Status.BROKEN,
							"bản tóm lược ghi một sự kiện không còn ở vị trí này / a digest names an event that is no "
									+ "longer at this position");
				}
				else if (!digest.hash().equals(hashHere)) {
					fail(digest.position(), ChainVerification.Status.BROKEN,
							"lịch sử đến vị trí này đã bị viết lại: hash khác bản tóm lược / the history up to here was "
									+ "rewritten: its hash differs from the digest");
				}
			}
		}

		void fail(long position, ChainVerification.Status status, String reason) {
			if (this.broken == null) {
				this.broken = position;
				this.status = status;
				this.reason = reason;
			}
		}

		ChainVerification result(Long unsealedFrom) {
			if (this.broken == null && !this.digests.isEmpty()) {
				ChainDigest beyond = this.digests.peekLast();
				fail(this.through + 1, ChainVerification.Status.TRUNCATED,
						"bản tóm lược cuối ghi vị trí " + beyond.position() + " nhưng chuỗi dừng ở " + this.through
								+ " / the last digest names position " + beyond.position() + " but the chain ends at "
								+ this.through);
			}
			return new ChainVerification(this.status, this.from, this.through, this.checked, this.running, this.broken,
					this.reason, this.lastDigest, unsealedFrom);
		}

	}

}
