package vn.cadre.assignments.unit;

import java.util.function.Predicate;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import vn.cadre.kernel.unit.UnitCode;

/**
 * The commands on one unit that also touch another aggregate: its code's history, or its
 * parent. All of it happens in one unit of work, stored as one commit.
 */
public class UnitLifecycleHandler {

	private final Units units;

	private final CodeRegister codes;

	public UnitLifecycleHandler(Repository<AdministrativeUnit> units, CodeRegister codes, Predicate<String> exists) {
		this.units = new Units(units, exists);
		this.codes = codes;
	}

	@CommandHandler
	public void handle(RegisterUnit command) {
		this.units.requireAbsent(command.unitId());
		this.units.requireParent(command.parentId(), command.type().level(), command.establishedOn());
		this.codes.assign(command.code(), command.unitId(), command.establishedOn(), command.legalBasis());
		this.units.create(command.unitId(), () -> new AdministrativeUnit(command));
	}

	@CommandHandler
	public void handle(DissolveUnit command) {
		UnitCode code = this.units.load(command.unitId(), "unitId").invoke(unit -> unit.dissolve(command));
		this.codes.release(code, command.unitId(), command.lastDay(), command.legalBasis());
	}

	@CommandHandler
	public void handle(ChangeUnitParent command) {
		Aggregate<AdministrativeUnit> unit = this.units.load(command.unitId(), "unitId");
		this.units.requireParent(command.parentId(), unit.invoke(AdministrativeUnit::level), command.effectiveOn());
		unit.execute(it -> it.reparent(command.parentId(), command.effectiveOn(), null, command.legalBasis()));
	}

}
