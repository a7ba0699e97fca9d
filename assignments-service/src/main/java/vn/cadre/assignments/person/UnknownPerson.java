package vn.cadre.assignments.person;

import vn.cadre.assignments.Refusal;

/** A command names a person who is not in the register. */
public class UnknownPerson extends Refusal {

	public UnknownPerson(String personId) {
		super("person.unknown", personId);
	}

}
