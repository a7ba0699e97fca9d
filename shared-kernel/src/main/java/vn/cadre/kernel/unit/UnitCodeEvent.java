package vn.cadre.kernel.unit;

import vn.cadre.kernel.CadreEvent;

/**
 * The events of one official code over time: which unit carried it from when to when. A
 * code is reused across units (03390 was thị trấn Tam Đường, then Bình Lư), never by two
 * units on the same day; the aggregate id is {@link #aggregateIdOf(String)}.
 */
public sealed interface UnitCodeEvent extends CadreEvent permits CodeAssigned, CodeReleased {

	String code();

	String unitId();

	/**
	 * The stream of a code; the colon keeps it apart from unit ids, which never contain
	 * one.
	 */
	static String aggregateIdOf(String code) {
		return "code:" + code;
	}

}
