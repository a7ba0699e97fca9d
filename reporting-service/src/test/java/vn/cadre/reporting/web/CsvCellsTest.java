package vn.cadre.reporting.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvCellsTest {

	@Test
	void cells_areQuotedOnlyWhenTheyMustBe_andNeverRunAsFormulas() {
		assertThat(CsvCells.row("Bình Lư", "a,b", "say \"x\"", null, "=1+1", "@cmd"))
			.isEqualTo("Bình Lư,\"a,b\",\"say \"\"x\"\"\",,'=1+1,'@cmd\r\n");
		assertThat(CsvCells.quoted("-2")).isEqualTo("\"'-2\"");
	}

}
