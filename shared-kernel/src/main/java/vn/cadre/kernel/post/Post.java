package vn.cadre.kernel.post;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

import vn.cadre.kernel.unit.UnitLevel;

/**
 * One post of the catalogue.
 *
 * @param levels unit levels where the post exists
 * @param validFrom first day the post exists, or {@code null} since always
 * @param validUntil last day the post exists, or {@code null} while it still does
 * @param singleHolder whether at most one person holds it in a unit on any day
 * @param keyPost whether it counts for the policy of key posts held by non-locals
 */
public record Post(PostCode code, PostGroup group, Set<UnitLevel> levels, LocalDate validFrom, LocalDate validUntil,
		boolean singleHolder, boolean keyPost, String titleVi, String titleEn) {

	public Post {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(group, "group");
		levels = Set.copyOf(levels);
		Objects.requireNonNull(titleVi, "titleVi");
		Objects.requireNonNull(titleEn, "titleEn");
	}

	/** Whether the post exists in a unit of this level on this day. */
	public boolean existsAt(UnitLevel level, LocalDate day) {
		return this.levels.contains(level) && (this.validFrom == null || !day.isBefore(this.validFrom))
				&& (this.validUntil == null || !day.isAfter(this.validUntil));
	}

}
