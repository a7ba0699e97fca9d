package vn.cadre.assignments.unit;

import java.time.LocalDate;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import vn.cadre.assignments.briefing.BriefingCommandHandler;
import vn.cadre.kernel.unit.UnitId;

/**
 * Answers "did this unit exist on that day" by asking the unit aggregate, which owns the
 * rule.
 */
public class RepositoryUnitCalendar implements BriefingCommandHandler.UnitCalendar {

	private final Repository<AdministrativeUnit> units;

	public RepositoryUnitCalendar(Repository<AdministrativeUnit> units) {
		this.units = units;
	}

	@Override
	public void requireActiveOn(UnitId unitId, LocalDate day) {
		try {
			this.units.load(unitId.value()).execute(unit -> unit.requireActiveOn(day));
		}
		catch (AggregateNotFoundException ex) {
			throw new UnknownUnit(unitId.value(), "unitId");
		}
	}

}
