package vn.cadre.assignments.mandate;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import vn.cadre.kernel.mandate.DateRange;
import vn.cadre.kernel.mandate.Locality;
import vn.cadre.kernel.person.Origin;
import vn.cadre.kernel.unit.UnitCode;

/**
 * Decides whether a holder is a local of a unit: their hometown or birthplace, each a
 * code on a date, is the unit or one of its predecessors when that code belonged to it on
 * that date. Codes are compared with their validity because they are reused (03390 was
 * thị trấn Tam Đường until 2025-06-30 and is Bình Lư from 2025-07-01).
 */
public final class LocalityRule {

	private LocalityRule() {
	}

	/** A code that the unit or one of its predecessors carried, and when. */
	public record CodePeriod(String code, DateRange validity, String unitName) {

	}

	/** The finding and the reason it can be checked by. */
	public record Decision(Locality locality, String basis) {

	}

	public static Decision decide(Origin origin, List<CodePeriod> lineage) {
		Optional<CodePeriod> hometown = match(origin.hometownCode(), origin.hometownOn(), lineage);
		if (hometown.isPresent()) {
			return new Decision(Locality.LOCAL, "quê quán / hometown " + describe(hometown.get()));
		}
		Optional<CodePeriod> birthplace = (origin.birthplaceCode() != null)
				? match(origin.birthplaceCode(), origin.birthplaceOn(), lineage) : Optional.empty();
		if (birthplace.isPresent()) {
			return new Decision(Locality.LOCAL, "nơi sinh / birthplace " + describe(birthplace.get()));
		}
		return new Decision(Locality.NON_LOCAL, "quê quán / hometown " + origin.hometownCode() + " ("
				+ origin.hometownOn() + ")"
				+ ((origin.birthplaceCode() != null)
						? ", nơi sinh / birthplace " + origin.birthplaceCode() + " (" + origin.birthplaceOn() + ")"
						: "")
				+ " is neither the unit nor a predecessor");
	}

	public static Decision override(LocalityOverride override) {
		return new Decision(override.locality(), "xác định thủ công / set by staff: " + override.reason().strip());
	}

	private static Optional<CodePeriod> match(UnitCode code, LocalDate on, List<CodePeriod> lineage) {
		return lineage.stream()
			.filter(period -> period.code().equals(code.value()) && period.validity().contains(on))
			.findFirst();
	}

	private static String describe(CodePeriod period) {
		return period.code() + " = " + period.unitName() + " (" + period.validity() + ")";
	}

}
