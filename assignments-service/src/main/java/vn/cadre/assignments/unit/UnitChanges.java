package vn.cadre.assignments.unit;

import java.time.LocalDate;
import java.util.Objects;

import vn.cadre.kernel.unit.UnitId;
import vn.cadre.kernel.unit.UnitLevel;
import vn.cadre.kernel.unit.UnitName;
import vn.cadre.kernel.unit.UnitRenamed;
import vn.cadre.kernel.unit.UnitReparented;
import vn.cadre.kernel.unit.UnitRetyped;
import vn.cadre.kernel.unit.UnitType;

/**
 * The changes a unit makes to itself while it continues: a new name, type or parent. Each
 * is refused when it changes nothing, goes back before the last change of the same kind,
 * or falls on a day the unit does not exist; otherwise it returns the event to apply.
 */
final class UnitChanges {

	private UnitChanges() {
	}

	static UnitRenamed rename(UnitFacts unit, UnitName newName, LocalDate effectiveOn, String legalBasis) {
		String bare = newName.withoutTypeWord(unit.type()).value();
		if (bare.equals(unit.name())) {
			throw new UnitNameUnchanged(bare);
		}
		requireInOrder(effectiveOn, unit.nameSince());
		unit.requireActiveOn(effectiveOn);
		return new UnitRenamed(unit.unitId(), bare, effectiveOn, legalBasis);
	}

	static UnitRetyped retype(UnitFacts unit, UnitType newType, LocalDate effectiveOn, String restructuringId,
			String legalBasis) {
		if (newType == unit.type()) {
			throw UnitUnchanged.type(unit.unitId(), newType);
		}
		if (newType.level() != unit.type().level()) {
			throw new LevelChangeRefused(unit.unitId(), unit.type(), newType);
		}
		requireInOrder(effectiveOn, unit.typeSince());
		unit.requireActiveOn(effectiveOn);
		return new UnitRetyped(unit.unitId(), newType, effectiveOn, restructuringId, legalBasis);
	}

	/** The new parent has been checked by the caller, which can load it. */
	static UnitReparented reparent(UnitFacts unit, UnitId newParentId, LocalDate effectiveOn, String restructuringId,
			String legalBasis) {
		String newParent = (newParentId != null) ? newParentId.value() : null;
		if (Objects.equals(newParent, unit.parentId())) {
			throw UnitUnchanged.parent(unit.unitId(), newParent);
		}
		requireInOrder(effectiveOn, unit.parentSince());
		unit.requireActiveOn(effectiveOn);
		return new UnitReparented(unit.unitId(), newParent, effectiveOn, restructuringId, legalBasis);
	}

	/**
	 * Refuses {@code parent} as the parent of a unit of {@code childLevel} on
	 * {@code day}: a parent is of a higher level and exists that day.
	 */
	static void requireCanParent(UnitFacts parent, UnitLevel childLevel, LocalDate day) {
		if (parent.type().level().ordinal() >= childLevel.ordinal()) {
			throw new ParentNotAbove(parent.unitId(), parent.type().level(), childLevel);
		}
		if (!parent.isActiveOn(day)) {
			throw new ParentNotActiveOn(parent.unitId(), day, parent.establishedOn(), parent.dissolvedOn());
		}
	}

	private static void requireInOrder(LocalDate effectiveOn, LocalDate since) {
		if (effectiveOn.isBefore(since)) {
			throw new ChangeOutOfOrder(effectiveOn, since);
		}
	}

}
