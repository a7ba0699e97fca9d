package vn.cadre.assignments.document;

import java.time.LocalDate;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.cadre.kernel.document.DocumentKind;
import vn.cadre.kernel.document.DocumentNumber;
import vn.cadre.kernel.document.DocumentRegistered;

class LegalDocumentTest {

	private FixtureConfiguration<LegalDocument> fixture;

	@BeforeEach
	void fixture() {
		this.fixture = new AggregateTestFixture<>(LegalDocument.class);
	}

	@Nested
	class RegisterDocumentCommand {

		@Test
		void register_recordsTheDocumentUnderItsCanonicalNumber() {
			fixture.givenNoPriorActivity()
				.when(new RegisterDocument(new DocumentNumber("  12-QĐ/ĐU "), LocalDate.of(2026, 1, 24),
						" Ban Thường vụ Đảng ủy xã Bình Lư ", DocumentKind.REGULATION,
						"Quy định về phân cấp quản lý cán bộ"))
				.expectEvents(new DocumentRegistered("12-QĐ/ĐU", LocalDate.of(2026, 1, 24),
						"Ban Thường vụ Đảng ủy xã Bình Lư", DocumentKind.REGULATION,
						"Quy định về phân cấp quản lý cán bộ"));
		}

	}

}
