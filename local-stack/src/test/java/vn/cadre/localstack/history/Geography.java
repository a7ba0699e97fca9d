package vn.cadre.localstack.history;

import java.util.ArrayList;
import java.util.List;

/**
 * The units of the generated country and how they were restructured: 63 old provinces
 * with their districts and communes; eleven provinces kept, 23 enlarged by the other 29;
 * communes merged three by three (four for a last group), one group in forty giving its
 * last commune in parts to the next group's new commune as well.
 */
final class Geography {

	static final int OLD_PROVINCES = 63;

	static final int KEPT_PROVINCES = 11;

	static final int NEW_PROVINCES = 34;

	/** An old commune: id, code, its province and district, and its pool of holders. */
	record OldCommune(String unitId, String code, String name, int province, String districtId, List<Holder> pool) {

	}

	/** A commune formed on the merger day from whole and partial predecessors. */
	record NewCommune(String unitId, String code, String name, int province, List<OldCommune> whole,
			List<OldCommune> partial) {

		List<OldCommune> predecessors() {
			List<OldCommune> all = new ArrayList<>(this.whole);
			all.addAll(this.partial);
			return all;
		}

	}

	final List<List<OldCommune>> communes = new ArrayList<>();

	final List<List<String>> districts = new ArrayList<>();

	final List<NewCommune> newCommunes = new ArrayList<>();

	static String provinceCode(int province) {
		return String.valueOf(10 + province);
	}

	static String provinceId(int province) {
		return "tinh-" + provinceCode(province);
	}

	static String provinceName(int province) {
		return "Miền " + provinceCode(province);
	}

	/** The province that carries on an old one from the merger day. */
	static int successor(int province) {
		return (province < NEW_PROVINCES) ? province : KEPT_PROVINCES + (province - NEW_PROVINCES) % 23;
	}

	static String districtCode(int province, int district) {
		return String.valueOf(100 + province * 11 + district);
	}

	/**
	 * Groups each province's communes into new ones; a split commune goes to its group's
	 * new commune and to the next one.
	 */
	void group() {
		for (int province = 0; province < OLD_PROVINCES; province++) {
			List<OldCommune> old = this.communes.get(province);
			List<List<OldCommune>> groups = new ArrayList<>();
			for (int i = 0; i < old.size(); i += 3) {
				groups.add(new ArrayList<>(old.subList(i, Math.min(old.size(), i + 3))));
			}
			if (groups.size() > 1 && groups.get(groups.size() - 1).size() == 1) {
				groups.get(groups.size() - 2).addAll(groups.remove(groups.size() - 1));
			}
			OldCommune splitFromPrevious = null;
			for (int g = 0; g < groups.size(); g++) {
				List<OldCommune> members = groups.get(g);
				boolean splits = g % 40 == ((groups.size() > 40) ? 1 : 0) && g + 1 < groups.size()
						&& members.size() > 1;
				List<OldCommune> whole = splits ? members.subList(0, members.size() - 1) : members;
				List<OldCommune> partial = new ArrayList<>();
				if (splits) {
					partial.add(members.get(members.size() - 1));
				}
				if (splitFromPrevious != null) {
					partial.add(splitFromPrevious);
				}
				String code = whole.get(0).code();
				this.newCommunes.add(new NewCommune("xa-moi-" + code, code, "Tân " + code, successor(province),
						List.copyOf(whole), List.copyOf(partial)));
				splitFromPrevious = splits ? members.get(members.size() - 1) : null;
			}
		}
	}

}
