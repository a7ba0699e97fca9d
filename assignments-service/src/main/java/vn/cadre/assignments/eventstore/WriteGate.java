package vn.cadre.assignments.eventstore;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Makes each single write to the event store atomic where the server does not. Real
 * MongoDB applies a {@code findAndModify} or an insert with its unique indexes
 * atomically; mongo-java-server runs commands from different connections concurrently, so
 * two {@code $inc}s can return the same value and two inserts can both pass the
 * unique-index check. Serializing each operation (never a sequence of them) restores
 * per-operation atomicity within one process, and leaves the races between operations,
 * which the store's design handles, exactly as they are on MongoDB.
 */
final class WriteGate {

	private final ReentrantLock lock;

	private WriteGate(ReentrantLock lock) {
		this.lock = lock;
	}

	static WriteGate serialized() {
		return new WriteGate(new ReentrantLock());
	}

	static WriteGate serverAtomic() {
		return new WriteGate(null);
	}

	<T> T write(Supplier<T> operation) {
		if (this.lock == null) {
			return operation.get();
		}
		this.lock.lock();
		try {
			return operation.get();
		}
		finally {
			this.lock.unlock();
		}
	}

}
