package vn.cadre.kernel.document;

import vn.cadre.kernel.CadreEvent;

/** The events of one legal document; the aggregate id is its canonical number. */
public sealed interface DocumentEvent extends CadreEvent permits DocumentRegistered {

	String number();

}
