package vn.cadre.kernel.person;

import java.time.LocalDate;
import java.util.Objects;

import vn.cadre.kernel.EventRevision;

/**
 * A person's recorded origin was wrong and is replaced; the earlier facts stay in the
 * history, and the reason says why. Fields as in {@link PersonRegistered}.
 */
@EventRevision("1")
public record OriginCorrected(String personId, String hometownCode, LocalDate hometownOn, String birthplaceCode,
		LocalDate birthplaceOn, String reason) implements PersonEvent {

	public OriginCorrected {
		Objects.requireNonNull(personId, "personId");
		Objects.requireNonNull(hometownCode, "hometownCode");
		Objects.requireNonNull(hometownOn, "hometownOn");
		Objects.requireNonNull(reason, "reason");
	}

}
