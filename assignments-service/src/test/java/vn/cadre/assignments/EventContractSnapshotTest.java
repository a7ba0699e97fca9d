package vn.cadre.assignments;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import org.springframework.boot.test.autoconfigure.json.JsonTest;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cadre.kernel.CadreEvent;
import vn.cadre.kernel.EventRevision;
import vn.cadre.kernel.briefing.BriefingRecorded;
import vn.cadre.kernel.document.DocumentKind;
import vn.cadre.kernel.document.DocumentRegistered;
import vn.cadre.kernel.mandate.AssignmentCorrected;
import vn.cadre.kernel.mandate.AssignmentEnded;
import vn.cadre.kernel.mandate.AssignmentRescinded;
import vn.cadre.kernel.mandate.EndCause;
import vn.cadre.kernel.mandate.Locality;
import vn.cadre.kernel.mandate.PositionAssigned;
import vn.cadre.kernel.person.OriginCorrected;
import vn.cadre.kernel.person.PersonRegistered;
import vn.cadre.kernel.unit.CodeAssigned;
import vn.cadre.kernel.unit.CodeReleased;
import vn.cadre.kernel.unit.CodeSpan;
import vn.cadre.kernel.unit.PartsTransferred;
import vn.cadre.kernel.unit.UnitEnlarged;
import vn.cadre.kernel.unit.UnitReparented;
import vn.cadre.kernel.unit.UnitRetyped;
import vn.cadre.kernel.unit.UnitSplit;
import vn.cadre.kernel.unit.UnitDissolved;
import vn.cadre.kernel.unit.UnitMergedInto;
import vn.cadre.kernel.unit.UnitRegistered;
import vn.cadre.kernel.unit.UnitsMerged;
import vn.cadre.kernel.unit.UnitRenamed;
import vn.cadre.kernel.unit.UnitType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each event's JSON form is an approved snapshot under
 * {@code src/test/resources/event-contracts}: an accidental change of a field name or
 * format fails here before it reaches a stored event or a reader.
 */
@JsonTest
class EventContractSnapshotTest {

	@Autowired
	private ObjectMapper json;

	static List<CadreEvent> examples() {
		return List.of(
				new UnitRegistered("unit-binh-lu", "03390", "Bình Lư", UnitType.COMMUNE, "unit-lai-chau",
						LocalDate.of(2025, 7, 1), "1670/NQ-UBTVQH15"),
				new UnitRenamed("unit-binh-lu", "Bình Lư Mới", LocalDate.of(2026, 3, 1), "12/NQ-HĐND"),
				new DocumentRegistered("12-QĐ/ĐU", LocalDate.of(2026, 1, 24), "Ban Thường vụ Đảng ủy xã Bình Lư",
						DocumentKind.REGULATION, "Quy định về phân cấp quản lý cán bộ"),
				new PersonRegistered("can-bo-07", "Cán bộ 07", 1980, "03413", LocalDate.of(2019, 1, 1), null, null),
				new OriginCorrected("can-bo-07", "03390", LocalDate.of(2019, 1, 1), "03390", LocalDate.of(2019, 1, 1),
						"Hồ sơ gốc ghi sai quê quán"),
				new UnitsMerged("unit-binh-lu-moi", "03390", "Bình Lư", UnitType.COMMUNE, "unit-lai-chau",
						LocalDate.of(2025, 7, 1), List.of("unit-tam-duong", "unit-binh-lu", "unit-son-binh"), List.of(),
						List.of(new CodeSpan("unit-tam-duong", "03390", "Tam Đường", LocalDate.of(2008, 1, 1),
								LocalDate.of(2025, 6, 30))),
						"r-2025-lai-chau", "1670/NQ-UBTVQH15"),
				new UnitMergedInto("unit-son-binh", "unit-binh-lu-moi", LocalDate.of(2025, 6, 30), "r-2025-lai-chau",
						"1670/NQ-UBTVQH15"),
				new BriefingRecorded("hn-2019-06-24", "unit-tam-duong", LocalDate.of(2019, 6, 24),
						"Hội nghị báo cáo viên tháng 6", List.of("35-CT/TW"), 80),
				new UnitDissolved("unit-khac", LocalDate.of(2025, 6, 30), "1670/NQ-UBTVQH15"),
				new PositionAssigned("m-bi-thu-2025", "unit-binh-lu", "PARTY_SECRETARY", "can-bo-07",
						LocalDate.of(2025, 7, 1), null, Locality.NON_LOCAL,
						"quê quán / hometown 01001 (2019-01-01) is neither the unit nor a predecessor", "05-QĐ/TU",
						List.of("m-chu-tich-hdnd-2025")),
				new AssignmentCorrected("m-bi-thu-2025", "unit-binh-lu", "PARTY_SECRETARY", "can-bo-07",
						LocalDate.of(2025, 7, 15), null, Locality.NON_LOCAL,
						"quê quán / hometown 01001 (2019-01-01) is neither the unit nor a predecessor", List.of(),
						"Quyết định ghi ngày nhận nhiệm vụ là 15/7", "07-QĐ/TU"),
				new AssignmentRescinded("m-pho-bi-thu-2025", "unit-binh-lu", "Nhập nhầm đơn vị", "07-QĐ/TU"),
				new AssignmentEnded("m-bi-thu-2025", "unit-binh-lu", LocalDate.of(2025, 12, 31), EndCause.TRANSFERRED,
						"09-QĐ/TU", null),
				new UnitEnlarged("unit-kim-bang", LocalDate.of(2025, 7, 1), List.of("unit-thi-son", "unit-lien-son"),
						List.of("unit-lien-son"),
						List.of(new CodeSpan("unit-thi-son", "13441", "Thi Sơn", LocalDate.of(2008, 1, 1),
								LocalDate.of(2025, 6, 30)),
								new CodeSpan("unit-lien-son", "13444", "Liên Sơn", LocalDate.of(2008, 1, 1),
										LocalDate.of(2025, 6, 30))),
						"r-2025-ha-nam", "1674/NQ-UBTVQH15"),
				new UnitSplit("unit-lien-son", List.of("unit-kim-bang", "unit-tam-chuc"), LocalDate.of(2025, 6, 30),
						"r-2025-ha-nam", "1674/NQ-UBTVQH15"),
				new PartsTransferred("unit-ba-sao", List.of("unit-tam-chuc"), LocalDate.of(2025, 7, 1), "r-2025-ha-nam",
						"1674/NQ-UBTVQH15"),
				new UnitRetyped("unit-tam-duong", UnitType.COMMUNE, LocalDate.of(2025, 7, 1), "r-2025-lai-chau",
						"1670/NQ-UBTVQH15"),
				new UnitReparented("unit-binh-lu", "unit-lai-chau", LocalDate.of(2025, 7, 1), null, "1670/NQ-UBTVQH15"),
				new CodeAssigned("03390", "unit-binh-lu-moi", LocalDate.of(2025, 7, 1), "1670/NQ-UBTVQH15"),
				new CodeReleased("03390", "unit-tam-duong", LocalDate.of(2025, 6, 30), "1670/NQ-UBTVQH15"));
	}

	/**
	 * Fields added after the first events of a type were stored, without a new revision:
	 * an event written without one reads with it empty.
	 */
	@ParameterizedTest
	@CsvSource({ "UnitsMerged, partialPredecessorIds", "PositionAssigned, concurrentWith" })
	void anEventWrittenBeforeAnOptionalFieldExisted_readsItAsEmpty(String type, String field) throws Exception {
		ObjectNode older = (ObjectNode) this.json.readTree(snapshot(type + ".v1.json"));
		older.remove(field);
		Class<?> eventType = Class
			.forName((type.equals("UnitsMerged") ? "vn.cadre.kernel.unit." : "vn.cadre.kernel.mandate.") + type);

		Object read = this.json.treeToValue(older, eventType);

		JsonNode written = this.json.valueToTree(read);
		assertThat(written.get(field).isEmpty()).as("%s read as empty", field).isTrue();
		older.set(field, written.get(field));
		assertThat(written).as("every other field kept").isEqualTo((JsonNode) older);
	}

	@ParameterizedTest
	@MethodSource("examples")
	void eventJson_matchesItsApprovedSnapshot(CadreEvent event) throws Exception {
		String revision = event.getClass().getAnnotation(EventRevision.class).value();
		String snapshot = snapshot(event.getClass().getSimpleName() + ".v" + revision + ".json");

		JSONAssert.assertEquals(snapshot, this.json.writeValueAsString(event), JSONCompareMode.STRICT);
		assertThat(this.json.readValue(snapshot, event.getClass())).isEqualTo(event);
	}

	private static String snapshot(String name) throws IOException {
		try (InputStream in = EventContractSnapshotTest.class.getResourceAsStream("/event-contracts/" + name)) {
			if (in == null) {
				throw new IllegalStateException(
						"No approved snapshot " + name + " in src/test/resources/event-contracts");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
