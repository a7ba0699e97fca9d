package vn.cadre.assignments.unit;

import java.time.LocalDate;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import vn.cadre.kernel.unit.UnitRegistered;
import vn.cadre.kernel.unit.UnitType;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One administrative unit over its whole life, identified by its internal id, never by
 * its code.
 */
public class AdministrativeUnit {

	@AggregateIdentifier
	private String unitId;

	private UnitType type;

	private LocalDate establishedOn;

	protected AdministrativeUnit() {
	}

	@CommandHandler
	public AdministrativeUnit(RegisterUnit command) {
		apply(new UnitRegistered(command.unitId().value(), command.code().value(), command.name().value(),
				command.type(), (command.parentId() != null) ? command.parentId().value() : null,
				command.establishedOn(), command.legalBasis()));
	}

	@EventSourcingHandler
	void on(UnitRegistered event) {
		this.unitId = event.unitId();
		this.type = event.type();
		this.establishedOn = event.establishedOn();
	}

}
