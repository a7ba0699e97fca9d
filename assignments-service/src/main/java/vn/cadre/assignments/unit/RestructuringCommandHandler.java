package vn.cadre.assignments.unit;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import vn.cadre.kernel.unit.CodeSpan;
import vn.cadre.kernel.unit.UnitId;

/**
 * Restructurings change several units in one decision. Every unit involved is loaded and
 * changed in one unit of work, so their events are stored as one commit: a refusal by any
 * of them stores nothing for all.
 */
public class RestructuringCommandHandler {

	private final Repository<AdministrativeUnit> units;

	public RestructuringCommandHandler(Repository<AdministrativeUnit> units) {
		this.units = units;
	}

	@CommandHandler
	public void handle(MergeCommunes command) throws Exception {
		List<CodeSpan> lineage = new ArrayList<>();
		for (UnitId predecessorId : command.predecessorIds()) {
			predecessor(predecessorId).execute(unit -> lineage.addAll(unit.mergeInto(command)));
		}
		this.units.newInstance(() -> new AdministrativeUnit(command, lineage));
	}

	private Aggregate<AdministrativeUnit> predecessor(UnitId unitId) {
		try {
			return this.units.load(unitId.value());
		}
		catch (AggregateNotFoundException ex) {
			throw new UnknownUnit(unitId.value());
		}
	}

}
