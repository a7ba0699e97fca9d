package vn.cadre.assignments.unit;

import java.time.LocalDate;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import vn.cadre.kernel.unit.UnitCode;
import vn.cadre.kernel.unit.UnitCodeEvent;
import vn.cadre.kernel.unit.UnitId;

/** The code register kept as one {@link UnitCodeHistory} stream per code. */
public class RepositoryCodeRegister implements CodeRegister {

	private final Repository<UnitCodeHistory> codes;

	public RepositoryCodeRegister(Repository<UnitCodeHistory> codes) {
		this.codes = codes;
	}

	@Override
	public void assign(UnitCode code, UnitId unitId, LocalDate from, String legalBasis) {
		String id = UnitCodeEvent.aggregateIdOf(code.value());
		try {
			this.codes.load(id).execute(history -> history.assign(unitId.value(), from, legalBasis));
		}
		catch (AggregateNotFoundException ex) {
			try {
				this.codes.newInstance(() -> new UnitCodeHistory(code.value(), unitId.value(), from, legalBasis));
			}
			catch (Exception creation) {
				throw new IllegalStateException("Could not open the history of code " + code, creation);
			}
		}
	}

	@Override
	public void release(UnitCode code, UnitId unitId, LocalDate lastDay, String legalBasis) {
		try {
			this.codes.load(UnitCodeEvent.aggregateIdOf(code.value()))
				.execute(history -> history.release(unitId.value(), lastDay, legalBasis));
		}
		catch (AggregateNotFoundException ex) {
			// registered before codes had a history of their own: nothing holds it
		}
	}

}
