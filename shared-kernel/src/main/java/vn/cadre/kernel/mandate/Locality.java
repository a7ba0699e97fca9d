package vn.cadre.kernel.mandate;

/**
 * Whether a holder is a local (người địa phương) of the unit, relative to the unit and
 * its predecessors.
 */
public enum Locality {

	LOCAL, NON_LOCAL

}
