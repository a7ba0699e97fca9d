package vn.cadre.console.api;

import java.time.LocalDate;

/** A unit of the register, as much of it as a list or a picker shows. */
public record UnitEntry(String unitId, String code, String name, String type, String level, String parentId,
		LocalDate establishedOn, LocalDate dissolvedOn) {

}
