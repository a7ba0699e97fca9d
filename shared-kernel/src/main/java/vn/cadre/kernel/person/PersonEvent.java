package vn.cadre.kernel.person;

import vn.cadre.kernel.CadreEvent;

/** The events of one person; the aggregate id is {@link #personId()}. */
public sealed interface PersonEvent extends CadreEvent permits PersonRegistered, OriginCorrected {

	String personId();

}
