package vn.cadre.kernel.unit;

/** The legal type of an administrative unit; each belongs to one {@link UnitLevel}. */
public enum UnitType {

	/** tỉnh */
	PROVINCE(UnitLevel.PROVINCE),
	/** thành phố trực thuộc trung ương */
	CENTRAL_CITY(UnitLevel.PROVINCE),
	/** huyện */
	RURAL_DISTRICT(UnitLevel.DISTRICT),
	/** quận */
	URBAN_DISTRICT(UnitLevel.DISTRICT),
	/** thị xã */
	DISTRICT_TOWN(UnitLevel.DISTRICT),
	/** thành phố thuộc tỉnh */
	PROVINCIAL_CITY(UnitLevel.DISTRICT),
	/** xã */
	COMMUNE(UnitLevel.COMMUNE),
	/** phường */
	WARD(UnitLevel.COMMUNE),
	/** thị trấn */
	TOWNSHIP(UnitLevel.COMMUNE),
	/** đặc khu */
	SPECIAL_ZONE(UnitLevel.COMMUNE);

	private final UnitLevel level;

	UnitType(UnitLevel level) {
		this.level = level;
	}

	public UnitLevel level() {
		return this.level;
	}

}
