package vn.cadre.reporting.units;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A unit as the register shows it: its current name and the names it had, and the last
 * event applied to it.
 */
public record UnitView(String unitId, String code, String name, List<NameView> names, String type, String level,
		String parentId, LocalDate establishedOn, LocalDate dissolvedOn, List<String> predecessorIds,
		List<String> successorIds, String legalBasis, long lastPosition, Instant recordedAt) {

	/** A name and the day it took effect. */
	public record NameView(String name, LocalDate from) {

	}

}
