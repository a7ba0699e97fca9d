package vn.cadre.assignments.unit;

import java.time.LocalDate;

import vn.cadre.assignments.RuleViolation;

/** A unit's parent must exist on the day the unit comes under it. */
public class ParentNotActiveOn extends RuleViolation {

	ParentNotActiveOn(String parentId, LocalDate day, LocalDate establishedOn, LocalDate dissolvedOn) {
		super("Đơn vị cấp trên " + parentId + " không tồn tại vào ngày " + day + " (hiệu lực " + establishedOn + ".."
				+ ((dissolvedOn != null) ? dissolvedOn : "") + ") / The parent unit " + parentId + " does not exist on "
				+ day + " (it exists " + establishedOn + ".." + ((dissolvedOn != null) ? dissolvedOn : "") + ")");
	}

}
