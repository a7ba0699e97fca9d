package vn.cadre.kernel.person;

import java.time.LocalDate;
import java.util.Objects;

import vn.cadre.kernel.EventRevision;

/**
 * A person entered the register.
 *
 * @param personId pseudonymous or official identifier
 * @param name display name (a pseudonym such as "Cán bộ 07" in test data)
 * @param birthYear year of birth
 * @param hometownCode code of the hometown unit (quê quán), valid on {@code hometownOn}
 * @param hometownOn the day on which {@code hometownCode} identifies the hometown
 * @param birthplaceCode code of the unit of birth, valid on {@code birthplaceOn}, or
 * {@code null} when unknown
 * @param birthplaceOn the day on which {@code birthplaceCode} identifies the unit of
 * birth, or {@code null}
 */
@EventRevision("1")
public record PersonRegistered(String personId, String name, int birthYear, String hometownCode, LocalDate hometownOn,
		String birthplaceCode, LocalDate birthplaceOn) implements PersonEvent {

	public PersonRegistered {
		Objects.requireNonNull(personId, "personId");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(hometownCode, "hometownCode");
		Objects.requireNonNull(hometownOn, "hometownOn");
	}

}
