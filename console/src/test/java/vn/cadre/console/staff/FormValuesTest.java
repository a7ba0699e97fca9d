package vn.cadre.console.staff;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormValuesTest {

	private static final List<FormField> PERSON = StaffCommands.find(Subject.Scope.NONE, "person")
		.orElseThrow()
		.fields();

	private static final List<FormField> MERGER = StaffCommands.find(Subject.Scope.NONE, "merger")
		.orElseThrow()
		.fields();

	private static final List<FormField> REPARENT = StaffCommands.find(Subject.Scope.UNIT, "reparent")
		.orElseThrow()
		.fields();

	@Test
	void aPersonsOrigin_goesUnderItsObject_andTheBirthYearIsANumber() {
		FormValues values = FormValues
			.sent(Map.of("personId", List.of(" can-bo-90 "), "name", List.of("Cán bộ 90"), "birthYear", List.of("1980"),
					"hometownCode", List.of("03390"), "hometownOn", List.of("2024-01-01"), "birthplaceCode",
					List.of(""), "reason", List.of("  "), "commandId", List.of("console-1"), "_csrf", List.of("token")),
					PERSON);

		assertThat(values.problems(PERSON)).isEmpty();
		assertThat(values.commandId()).isEqualTo("console-1");
		assertThat(values.body(PERSON)).containsOnlyKeys("personId", "name", "birthYear", "origin")
			.containsEntry("personId", "can-bo-90")
			.containsEntry("birthYear", 1980)
			.containsEntry("origin", Map.of("hometownCode", "03390", "hometownOn", "2024-01-01"));
	}

	@Test
	void missingAndMalformedFields_areEachNamed_withTheirWords() {
		FormValues values = FormValues.sent(Map.of("personId", List.of("can-bo-90"), "birthYear", List.of("nineteen"),
				"hometownOn", List.of("31/02/2024")), PERSON);

		assertThat(values.problems(PERSON)).containsEntry("name", "staff.required")
			.containsEntry("birthYear", "staff.invalid.number")
			.containsEntry("hometownCode", "staff.required.unit")
			.containsEntry("hometownOn", "staff.invalid.date")
			.doesNotContainKeys("personId", "birthplaceCode", "birthplaceOn", "reason");
	}

	@Test
	void theUnitsOfAMerger_areAList_andAChoiceOutsideItsListIsRefused() {
		FormValues values = FormValues.sent(Map.of("predecessorIds", List.of("old-a", "old-b", "old-c"), "code",
				List.of("03390"), "name", List.of("Bình Lư"), "type", List.of("HAMLET"), "effectiveOn",
				List.of("2025-07-01"), "legalBasis", List.of("1670/NQ-UBTVQH15")), MERGER);

		assertThat(values.problems(MERGER)).containsOnlyKeys("type");
		assertThat(values.body(MERGER)).containsEntry("predecessorIds", List.of("old-a", "old-b", "old-c"))
			.doesNotContainKey("parentId");
	}

	@Test
	void aParentTypedButNotPicked_isNotSentAsNoParent() {
		Map<String, List<String>> typed = Map.of("parentIdSearch", List.of("Lai Châu"), "effectiveOn",
				List.of("2025-07-01"), "legalBasis", List.of("202/2025/QH15"));

		assertThat(FormValues.sent(typed, REPARENT).problems(REPARENT))
			.containsOnly(Map.entry("parentId", "staff.required.unit"));
		assertThat(FormValues
			.sent(Map.of("effectiveOn", List.of("2025-07-01"), "legalBasis", List.of("202/2025/QH15")), REPARENT)
			.problems(REPARENT)).isEmpty();
	}

	@Test
	void aBriefingsDocuments_areOnePerLine() {
		List<FormField> briefing = StaffCommands.find(Subject.Scope.UNIT, "briefing").orElseThrow().fields();
		FormValues values = FormValues.sent(Map.of("heldOn", List.of("2025-09-10"), "title", List.of("Quán triệt"),
				"documents", List.of("35-CT/TW\r\n 26-NQ/TW \n\n"), "attendances", List.of("200")), briefing);

		assertThat(values.body(briefing)).containsEntry("documents", List.of("35-CT/TW", "26-NQ/TW"))
			.containsEntry("attendances", 200);
	}

	@Test
	void aFormShownAgain_keepsItsValues_underANewCommandId() {
		FormValues values = FormValues.sent(Map.of("name", List.of("Cán bộ 90"), "commandId", List.of("console-1")),
				PERSON);

		FormValues again = values.again();

		assertThat(again.get("name")).isEqualTo("Cán bộ 90");
		assertThat(again.commandId()).isNotEqualTo("console-1").startsWith("console-");
	}

	@Test
	void aCommandsAddress_encodesTheIdsTyped() {
		StaffCommand end = StaffCommands.find(Subject.Scope.MANDATE, "end").orElseThrow();
		Subject mandate = new Subject(
				new vn.cadre.console.api.UnitEntry("binh lu", null, "binh lu", null, null, null, null, null), "m/1",
				null);

		assertThat(end.address(mandate)).isEqualTo("/staff/units/binh%20lu/mandates/m%2F1/end");
	}

}
