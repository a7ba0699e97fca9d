package vn.cadre.kernel.unit;

import vn.cadre.kernel.CadreEvent;

/**
 * The events in the life of one administrative unit; the aggregate id is
 * {@link #unitId()}.
 */
public sealed interface UnitEvent extends CadreEvent permits UnitRegistered, UnitRenamed, UnitRetyped, UnitReparented,
		UnitsMerged, UnitEnlarged, UnitMergedInto, UnitSplit, PartsTransferred, UnitDissolved {

	String unitId();

}
