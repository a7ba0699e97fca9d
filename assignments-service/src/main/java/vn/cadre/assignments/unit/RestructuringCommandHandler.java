package vn.cadre.assignments.unit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import java.util.function.Predicate;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import vn.cadre.kernel.unit.CodeSpan;
import vn.cadre.kernel.unit.UnitId;

/**
 * Restructurings change several units in one decision. Every unit involved is loaded and
 * changed in one unit of work, so their events (and the codes freed and taken) are stored
 * as one commit: a refusal by any of them stores nothing for all.
 */
public class RestructuringCommandHandler {

	private final Units units;

	private final CodeRegister codes;

	public RestructuringCommandHandler(Repository<AdministrativeUnit> units, CodeRegister codes,
			Predicate<String> exists) {
		this.units = new Units(units, exists);
		this.codes = codes;
	}

	@CommandHandler
	public void handle(MergeCommunes command) {
		restructure(RestructureUnits.of(command), "predecessorIds");
	}

	@CommandHandler
	public void handle(RestructureUnits resolution) {
		restructure(resolution, "sources");
	}

	/**
	 * Sources give themselves away first (freeing the codes of those that end), so a new
	 * unit may take the code of a predecessor; new units are formed next, then enlarged
	 * units and the changes of units that continue; parents are checked last, when every
	 * unit of the resolution exists. {@code sourcesField} names the sources as the
	 * command does, for a refusal.
	 */
	private void restructure(RestructureUnits resolution, String sourcesField) {
		Map<UnitId, List<CodeSpan>> given = new LinkedHashMap<>();
		for (RestructureUnits.Flow flow : resolution.flows()) {
			Aggregate<AdministrativeUnit> source = this.units.load(flow.sourceId(), sourcesField);
			given.put(flow.sourceId(), source.invoke(unit -> unit.give(flow, resolution)));
			if (!flow.continues()) {
				this.codes.release(source.invoke(AdministrativeUnit::code), flow.sourceId(), resolution.lastDayBefore(),
						resolution.legalBasis());
			}
		}
		for (RestructureUnits.Formation formation : resolution.formations()) {
			this.units.requireAbsent(formation.unitId());
		}
		for (RestructureUnits.Formation formation : resolution.formations()) {
			this.codes.assign(formation.code(), formation.unitId(), resolution.effectiveOn(), resolution.legalBasis());
			List<CodeSpan> lineage = lineageOf(formation.sources(), given);
			this.units.create(formation.unitId(), () -> new AdministrativeUnit(formation, resolution, lineage));
		}
		for (RestructureUnits.Enlargement enlargement : resolution.enlargements()) {
			List<CodeSpan> lineage = lineageOf(enlargement.sources(), given);
			this.units.load(enlargement.unitId(), "unitId")
				.execute(unit -> unit.enlarge(enlargement, resolution, lineage));
		}
		for (RestructureUnits.UnitChange change : resolution.changes()) {
			change(change, resolution);
		}
		for (RestructureUnits.Formation formation : resolution.formations()) {
			this.units.requireParent(formation.parentId(), formation.type().level(), resolution.effectiveOn());
		}
	}

	private void change(RestructureUnits.UnitChange change, RestructureUnits resolution) {
		Aggregate<AdministrativeUnit> unit = this.units.load(change.unitId(), "unitId");
		if (change.name() != null) {
			unit.execute(it -> it.rename(change.name(), resolution.effectiveOn(), resolution.legalBasis()));
		}
		if (change.type() != null) {
			unit.execute(it -> it.retype(change.type(), resolution.effectiveOn(), resolution.restructuringId(),
					resolution.legalBasis()));
		}
		if (change.parentId() != null) {
			this.units.requireParent(change.parentId(), unit.invoke(AdministrativeUnit::level),
					resolution.effectiveOn());
			unit.execute(it -> it.reparent(change.parentId(), resolution.effectiveOn(), resolution.restructuringId(),
					resolution.legalBasis()));
		}
	}

	private static List<CodeSpan> lineageOf(List<RestructureUnits.Source> sources, Map<UnitId, List<CodeSpan>> given) {
		List<CodeSpan> lineage = new ArrayList<>();
		for (RestructureUnits.Source source : sources) {
			lineage.addAll(given.get(source.unitId()));
		}
		return lineage;
	}

}
