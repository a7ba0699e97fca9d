package vn.cadre.reporting.units;

import java.time.Instant;
import java.time.LocalDate;

/** A unit as the register shows it, with the position of the last event applied to it. */
public record UnitView(String unitId, String code, String name, String type, String level, String parentId,
		LocalDate establishedOn, String legalBasis, long lastPosition, Instant recordedAt) {

}
