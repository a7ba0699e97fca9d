package vn.cadre.reporting.units;

import java.time.LocalDate;

/**
 * What the measures read of a unit: its id, name, level and the days it exists. A
 * {@link UnitView} is one; {@link UnitQueries#outlinesOfLevel} reads only these fields,
 * so a country-wide measure does not fetch and decode every unit's names, types, parents
 * and lineage.
 */
public interface UnitOutline {

	String unitId();

	String name();

	String level();

	LocalDate establishedOn();

	/** The last day it existed; null while it exists. */
	LocalDate dissolvedOn();

}
