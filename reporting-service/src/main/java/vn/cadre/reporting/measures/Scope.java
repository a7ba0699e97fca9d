package vn.cadre.reporting.measures;

/**
 * What a count is over: one unit; a unit with every unit before it (new Bình Lư with the
 * three old units); every unit under a province; every unit of a level; the whole
 * country.
 */
public enum Scope {

	UNIT, LINEAGE, PROVINCE, LEVEL, COUNTRY

}
