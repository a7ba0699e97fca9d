package vn.cadre.kernel.unit;

/** The tier of local government a unit belongs to. Districts ceased on 2025-07-01. */
public enum UnitLevel {

	PROVINCE, DISTRICT, COMMUNE

}
