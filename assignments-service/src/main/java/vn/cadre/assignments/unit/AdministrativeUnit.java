package vn.cadre.assignments.unit;

import java.time.LocalDate;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import vn.cadre.kernel.unit.UnitRegistered;
import vn.cadre.kernel.unit.UnitRenamed;
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

	private String name;

	private LocalDate nameSince;

	protected AdministrativeUnit() {
	}

	@CommandHandler
	public AdministrativeUnit(RegisterUnit command) {
		apply(new UnitRegistered(command.unitId().value(), command.code().value(),
				command.name().withoutTypeWord(command.type()).value(), command.type(),
				(command.parentId() != null) ? command.parentId().value() : null, command.establishedOn(),
				command.legalBasis()));
	}

	@CommandHandler
	void handle(RenameUnit command) {
		String newName = command.name().withoutTypeWord(this.type).value();
		if (newName.equals(this.name)) {
			throw new UnitNameUnchanged(newName);
		}
		if (command.effectiveOn().isBefore(this.nameSince)) {
			throw new ChangeOutOfOrder(command.effectiveOn(), this.nameSince);
		}
		apply(new UnitRenamed(this.unitId, newName, command.effectiveOn(), command.legalBasis()));
	}

	@EventSourcingHandler
	void on(UnitRegistered event) {
		this.unitId = event.unitId();
		this.type = event.type();
		this.establishedOn = event.establishedOn();
		this.name = event.name();
		this.nameSince = event.establishedOn();
	}

	@EventSourcingHandler
	void on(UnitRenamed event) {
		this.name = event.name();
		this.nameSince = event.effectiveOn();
	}

}
