package vn.cadre.assignments.unit;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import vn.cadre.assignments.mandate.AssignPosition;
import vn.cadre.assignments.mandate.CorrectAssignment;
import vn.cadre.assignments.person.PersonOrigins;
import vn.cadre.assignments.person.UnknownPerson;
import vn.cadre.kernel.person.Origin;

/**
 * Handles {@link AssignPosition} and {@link CorrectAssignment}, which need a fact of
 * another aggregate: it looks up the holder's origin, then lets the unit decide. Both
 * happen in one unit of work, so the unit's events are stored as one commit.
 */
public class MandateCommandHandler {

	private final Repository<AdministrativeUnit> units;

	private final PersonOrigins origins;

	public MandateCommandHandler(Repository<AdministrativeUnit> units, PersonOrigins origins) {
		this.units = units;
		this.origins = origins;
	}

	@CommandHandler
	public void handle(CorrectAssignment command) {
		Origin origin = (command.personId() != null) ? this.origins.originOf(command.personId())
			.orElseThrow(() -> new UnknownPerson(command.personId().value())) : null;
		this.units.load(command.unitId().value()).execute(unit -> unit.correct(command, origin));
	}

	@CommandHandler
	public void handle(AssignPosition command) {
		Origin origin = this.origins.originOf(command.personId())
			.orElseThrow(() -> new UnknownPerson(command.personId().value()));
		this.units.load(command.unitId().value()).execute(unit -> unit.assign(command, origin));
	}

}
