package vn.cadre.scenario.restructuring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RestructuringTableTest {

	private static final String HEADER = "old_code,old_name,old_type,old_district_code,old_district_name,"
			+ "old_province_code,old_province_name,new_code,new_name,new_type,new_province_code,new_province_name,"
			+ "partial,note\n";

	@Test
	void rows_areReadWithQuoting_andNamesNormalised(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("t.csv");
		String decomposed = "Xa\u0303 Bi\u0300nh  Lư";
		Files.writeString(file, HEADER + "03412,\"" + decomposed
				+ "\",xã,106,Huyện Tam Đường,12,Tỉnh Lai Châu,03390,Xã Bình Lư,xã,12,Tỉnh Lai Châu,false,\"Nhập toàn bộ, theo NQ\"\n");

		RestructuringTable.Parsed parsed = RestructuringTable.read(file);

		assertThat(parsed.refused()).isEmpty();
		RestructuringTable.Row row = parsed.rows().get(0);
		assertThat(row.oldName()).isEqualTo("Xã Bình Lư");
		assertThat(row.oldType()).isEqualTo("COMMUNE");
		assertThat(row.note()).isEqualTo("Nhập toàn bộ, theo NQ");
		assertThat(row.line()).isEqualTo(2);
	}

	@Test
	void badRows_areRefusedWithTheirLineNumbers(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("t.csv");
		Files.writeString(file, HEADER
				+ "3412,Xã Bình Lư,xã,106,Huyện Tam Đường,12,Tỉnh Lai Châu,03390,Xã Bình Lư,xã,12,Tỉnh Lai Châu,false,x\n"
				+ "03412,Xã Bình Lư,làng,106,Huyện Tam Đường,12,Tỉnh Lai Châu,03390,Xã Bình Lư,xã,12,Tỉnh Lai Châu,false,x\n"
				+ "03413,Xã Sơn Bình,xã,106,Huyện Tam Đường,12,Tỉnh Lai Châu,03390,Xã Bình Lư,xã,12,Tỉnh Lai Châu,maybe,x\n"
				+ "03413,Xã Sơn Bình,xã\n");

		RestructuringTable.Parsed parsed = RestructuringTable.read(file);

		assertThat(parsed.rows()).isEmpty();
		assertThat(parsed.refused()).extracting(RestructuringTable.Refusal::line).containsExactly(2, 3, 4, 5);
		assertThat(parsed.refused().get(0).reason()).contains("old_code");
		assertThat(parsed.refused().get(1).reason()).contains("old_type");
		assertThat(parsed.refused().get(2).reason()).contains("partial");
		assertThat(parsed.refused().get(3).reason()).contains("columns");
	}

	@Test
	void aFileWithoutTheHeader_isRefusedWhole(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("t.csv");
		Files.writeString(file, "a,b,c\n");

		assertThatThrownBy(() -> RestructuringTable.read(file)).hasMessageContaining("header");
	}

	@Test
	void quotedFields_mayHoldCommasQuotesAndLineBreaks() throws IOException {
		assertThat(RestructuringTable.records("a,\"b, \"\"c\"\"\nd\",e\r\nf,g\n"))
			.isEqualTo(List.of(List.of("a", "b, \"c\"\nd", "e"), List.of("f", "g")));
	}

	@Test
	void aByteOrderMark_isNotPartOfTheFirstField_andALastLineMayLackItsBreak() throws IOException {
		assertThat(RestructuringTable.records("\uFEFFold_code,x\n1,2"))
			.isEqualTo(List.of(List.of("old_code", "x"), List.of("1", "2")));
	}

}
