package vn.cadre.reporting.units;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A unit as the register shows it: its validity, names, types and parents over time, the
 * units it came from and went to, and the last event applied to it.
 *
 * @param endedBy how it ended: {@code MERGED}, {@code SPLIT} or {@code DISSOLVED}; null
 * while it exists
 */
public record UnitView(String unitId, String code, String name, List<NameView> names, String type, List<TypeView> types,
		String level, String parentId, List<ParentView> parents, LocalDate establishedOn, LocalDate dissolvedOn,
		String endedBy, List<EdgeView> predecessors, List<EdgeView> successors, String legalBasis, long lastPosition,
		Instant recordedAt) implements UnitOutline {

	/** A name and the day it took effect. */
	public record NameView(String name, LocalDate from) {

	}

	public record TypeView(String type, LocalDate from) {

	}

	public record ParentView(String parentId, LocalDate from) {

	}

	/**
	 * A lineage edge: the other unit, whether all or part of the area went
	 * ({@code WHOLE}/{@code PART}), the day the change took effect, the decision.
	 */
	public record EdgeView(String unitId, String share, LocalDate on, String restructuringId, String legalBasis) {

	}

	public boolean activeOn(LocalDate day) {
		return !day.isBefore(this.establishedOn) && (this.dissolvedOn == null || !day.isAfter(this.dissolvedOn));
	}

	public List<String> predecessorIds() {
		return this.predecessors.stream().map(EdgeView::unitId).toList();
	}

	public List<String> successorIds() {
		return this.successors.stream().map(EdgeView::unitId).toList();
	}

}
