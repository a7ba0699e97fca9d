package vn.cadre.assignments.unit;

import java.time.LocalDate;

import vn.cadre.assignments.document.CitesLegalBasis;
import vn.cadre.kernel.unit.UnitId;

/** End a unit without a successor on its last day; its open mandates end with it. */
public record DissolveUnit(UnitId unitId, LocalDate lastDay, String legalBasis) implements CitesLegalBasis {

}
