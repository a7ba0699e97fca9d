package vn.cadre.assignments.unit;

import java.time.LocalDate;
import java.util.function.Predicate;

import org.axonframework.modelling.command.Repository;
import vn.cadre.kernel.unit.UnitCode;
import vn.cadre.kernel.unit.UnitCodeEvent;
import vn.cadre.kernel.unit.UnitId;

/** The code register kept as one {@link UnitCodeHistory} stream per code. */
public class RepositoryCodeRegister implements CodeRegister {

	private final Repository<UnitCodeHistory> codes;

	private final Predicate<String> exists;

	/**
	 * @param exists whether the event store holds a stream under an id
	 */
	public RepositoryCodeRegister(Repository<UnitCodeHistory> codes, Predicate<String> exists) {
		this.codes = codes;
		this.exists = exists;
	}

	@Override
	public void assign(UnitCode code, UnitId unitId, LocalDate from, String legalBasis) {
		String id = UnitCodeEvent.aggregateIdOf(code.value());
		if (this.exists.test(id)) {
			this.codes.load(id).execute(history -> history.assign(unitId.value(), from, legalBasis));
			return;
		}
		try {
			this.codes.newInstance(() -> new UnitCodeHistory(code.value(), unitId.value(), from, legalBasis));
		}
		catch (Exception creation) {
			throw new IllegalStateException("Could not open the history of code " + code, creation);
		}
	}

	@Override
	public void release(UnitCode code, UnitId unitId, LocalDate lastDay, String legalBasis) {
		String id = UnitCodeEvent.aggregateIdOf(code.value());
		if (this.exists.test(id)) {
			this.codes.load(id).execute(history -> history.release(unitId.value(), lastDay, legalBasis));
		}
	}

}
