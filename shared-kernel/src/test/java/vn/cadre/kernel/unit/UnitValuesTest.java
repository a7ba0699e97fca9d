package vn.cadre.kernel.unit;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class UnitValuesTest {

	@Test
	void unitCode_acceptsProvinceDistrictAndCommuneCodes_keepingLeadingZeros() {
		assertThat(new UnitCode("12").value()).isEqualTo("12");
		assertThat(new UnitCode("106").value()).isEqualTo("106");
		assertThat(new UnitCode("03390").value()).isEqualTo("03390");
	}

	@Test
	void unitCode_rejectsOtherShapes() {
		assertThatIllegalArgumentException().isThrownBy(() -> new UnitCode("3390"));
		assertThatIllegalArgumentException().isThrownBy(() -> new UnitCode("0339O"));
		assertThatIllegalArgumentException().isThrownBy(() -> new UnitCode(" 03390"));
	}

	@Test
	void unitName_comparesEqualAcrossUnicodeFormsAndStraySpaces() {
		String decomposed = Normalizer.normalize("Bình Lư", Normalizer.Form.NFD);

		assertThat(new UnitName("  " + decomposed.replace(" ", "   ") + " ")).isEqualTo(new UnitName("Bình Lư"));
	}

	@Test
	void unitName_rejectsBlankAndOverlongNames() {
		assertThatIllegalArgumentException().isThrownBy(() -> new UnitName("   "));
		assertThatIllegalArgumentException().isThrownBy(() -> new UnitName("x".repeat(UnitName.MAX_LENGTH + 1)));
	}

	@Test
	void unitType_knowsItsLevel_andDistrictTypesAreDistrictLevel() {
		assertThat(UnitType.TOWNSHIP.level()).isEqualTo(UnitLevel.COMMUNE);
		assertThat(UnitType.SPECIAL_ZONE.level()).isEqualTo(UnitLevel.COMMUNE);
		assertThat(UnitType.RURAL_DISTRICT.level()).isEqualTo(UnitLevel.DISTRICT);
		assertThat(UnitType.PROVINCE.level()).isEqualTo(UnitLevel.PROVINCE);
	}

	@Test
	void bareName_dropsTheTypeWordOfItsOwnTypeOnly() {
		assertThat(new UnitName("Xã Bình Lư").withoutTypeWord(UnitType.COMMUNE)).isEqualTo(new UnitName("Bình Lư"));
		assertThat(new UnitName("Thị trấn Tam Đường").withoutTypeWord(UnitType.TOWNSHIP))
			.isEqualTo(new UnitName("Tam Đường"));
		assertThat(new UnitName("xã  Sơn Bình").withoutTypeWord(UnitType.COMMUNE)).isEqualTo(new UnitName("Sơn Bình"));
		assertThat(new UnitName("Phường Đoàn Kết").withoutTypeWord(UnitType.COMMUNE))
			.isEqualTo(new UnitName("Phường Đoàn Kết"));
		assertThat(new UnitName("Xã").withoutTypeWord(UnitType.COMMUNE)).isEqualTo(new UnitName("Xã"));
	}

}
