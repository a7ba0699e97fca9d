package vn.cadre.assignments.person;

/** A command names a person who is not in the register. */
public class UnknownPerson extends RuntimeException {

	public UnknownPerson(String personId) {
		super("Chưa đăng ký người " + personId + " / No person " + personId + " in the register");
	}

}
