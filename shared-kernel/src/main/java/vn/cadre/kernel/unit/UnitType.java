package vn.cadre.kernel.unit;

/** The legal type of an administrative unit; each belongs to one {@link UnitLevel}. */
public enum UnitType {

	/** tỉnh */
	PROVINCE(UnitLevel.PROVINCE, "Tỉnh"),
	/** thành phố trực thuộc trung ương */
	CENTRAL_CITY(UnitLevel.PROVINCE, "Thành phố"),
	/** huyện */
	RURAL_DISTRICT(UnitLevel.DISTRICT, "Huyện"),
	/** quận */
	URBAN_DISTRICT(UnitLevel.DISTRICT, "Quận"),
	/** thị xã */
	DISTRICT_TOWN(UnitLevel.DISTRICT, "Thị xã"),
	/** thành phố thuộc tỉnh */
	PROVINCIAL_CITY(UnitLevel.DISTRICT, "Thành phố"),
	/** xã */
	COMMUNE(UnitLevel.COMMUNE, "Xã"),
	/** phường */
	WARD(UnitLevel.COMMUNE, "Phường"),
	/** thị trấn */
	TOWNSHIP(UnitLevel.COMMUNE, "Thị trấn"),
	/** đặc khu */
	SPECIAL_ZONE(UnitLevel.COMMUNE, "Đặc khu");

	private final UnitLevel level;

	private final String typeWord;

	UnitType(UnitLevel level, String typeWord) {
		this.level = level;
		this.typeWord = typeWord;
	}

	/**
	 * The Vietnamese word that precedes the name in official text, as in "Xã Bình Lư".
	 */
	public String typeWord() {
		return this.typeWord;
	}

	public UnitLevel level() {
		return this.level;
	}

}
