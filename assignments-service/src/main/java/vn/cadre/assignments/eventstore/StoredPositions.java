package vn.cadre.assignments.eventstore;

import java.util.OptionalLong;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * The global position of the last event a unit of work stored, kept among the resources
 * of its root unit of work: the engine appends a unit of work's events while that root
 * commits, so whoever waits for the command can read the position once it has committed.
 */
public final class StoredPositions {

	private static final String RESOURCE = StoredPositions.class.getName() + ".last";

	private StoredPositions() {
	}

	/** Records that the current unit of work stored events up to {@code last}. */
	static void record(long last) {
		CurrentUnitOfWork.ifStarted(unitOfWork -> unitOfWork.root()
			.resources()
			.merge(RESOURCE, last, (earlier, later) -> Math.max((Long) earlier, (Long) later)));
	}

	/** The position of the last event stored by the unit of work, if it stored any. */
	public static OptionalLong lastIn(UnitOfWork<?> unitOfWork) {
		Object last = unitOfWork.root().getResource(RESOURCE);
		return (last instanceof Long position) ? OptionalLong.of(position) : OptionalLong.empty();
	}

}
