package vn.cadre.console.staff;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentFormTest {

	@Test
	void theBody_isWhatTheServicesStrictReaderTakes() {
		DocumentForm form = new DocumentForm(" 07-QĐ/ĐU ", LocalDate.of(2026, 5, 4), "Đảng ủy xã", "DECISION",
				"Phân công", "", "console-1");

		assertThat(form.missing()).isEmpty();
		assertThat(form.body()).containsOnlyKeys("number", "issuedOn", "issuer", "kind", "title")
			.containsEntry("number", "07-QĐ/ĐU")
			.containsEntry("issuedOn", "2026-05-04");
	}

	@Test
	void aKindTheKernelDoesNotKnow_isAsGoodAsNone() {
		DocumentForm form = new DocumentForm("1", LocalDate.of(2026, 5, 4), "x", "MEMO", "t", null, "console-1");

		assertThat(form.missing()).containsExactly("kind");
		assertThat(DocumentForm.blank().missing()).containsExactly("number", "issuedOn", "issuer", "kind", "title");
	}

}
