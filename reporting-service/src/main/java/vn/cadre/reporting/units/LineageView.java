package vn.cadre.reporting.units;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit with every unit it came from and every unit it went into, through any number of
 * restructurings, and the units that on {@code asOf} contain what it was.
 *
 * @param predecessors every unit before it, nearest first, each with the edge it came by
 * @param successors every unit after it, nearest first
 * @param containedOn the units existing on {@code asOf} that hold all or part of it (the
 * unit itself while it exists)
 */
public record LineageView(UnitView unit, LocalDate asOf, List<Link> predecessors, List<Link> successors,
		List<Link> containedOn) {

	/** A unit of the lineage, reached from {@code fromUnitId} by {@code edge}. */
	public record Link(String unitId, String code, String name, LocalDate establishedOn, LocalDate dissolvedOn,
			String fromUnitId, UnitView.EdgeView edge) {

	}

}
