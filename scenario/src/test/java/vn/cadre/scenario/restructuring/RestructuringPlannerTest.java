package vn.cadre.scenario.restructuring;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What rows of the official table amount to, without services: the register is given as
 * the units it holds.
 */
class RestructuringPlannerTest {

	private static final LocalDate EFFECTIVE = LocalDate.of(2025, 7, 1);

	private static final RestructuringPlanner.Terms TERMS = new RestructuringPlanner.Terms(EFFECTIVE,
			"1670/NQ-UBTVQH15", null, LocalDate.of(2008, 1, 1));

	/** The table's line of the next row: its header is line 1. */
	private int line = 1;

	@Test
	void communesMergedIntoOne_areRegistered_thenFormTheNewUnit_andTheirDistrictEnds() {
		RestructuringPlan plan = RestructuringPlanner.plan(TERMS,
				List.of(commune("03412", "Xã Bình Lư", "106", "03390", "Xã Bình Lư"),
						commune("03413", "Xã Sơn Bình", "106", "03390", "Xã Bình Lư")),
				List.of());

		assertThat(plan.registrations().get(0)).extracting(RestructuringPlan.Command::commandId)
			.containsExactly("restructuring.1670-NQ-UBTVQH15.register.12");
		assertThat(plan.registrations().get(1)).extracting(RestructuringPlan.Command::commandId)
			.containsExactly("restructuring.1670-NQ-UBTVQH15.register.106");
		assertThat(plan.registrations().get(2)).extracting(command -> command.body().get("unitId"))
			.containsExactly("dvhc-03412", "dvhc-03413");
		assertThat(plan.registrations().get(2).get(0).body()).containsEntry("parentId", "dvhc-106")
			.containsEntry("type", "COMMUNE")
			.containsEntry("establishedOn", "2008-01-01")
			.containsEntry("legalBasis", "1670/NQ-UBTVQH15")
			.doesNotContainKey("reason");
		assertThat(plan.registrationCount()).isEqualTo(4);

		assertThat(plan.resolutions()).hasSize(1);
		RestructuringPlan.Resolution resolution = plan.resolutions().get(0);
		assertThat(resolution.rows()).isEqualTo(2);
		assertThat(resolution.command().path()).isEqualTo("/api/restructurings");
		assertThat(resolution.command().commandId()).isEqualTo("restructuring.1670-NQ-UBTVQH15.province.12");
		assertThat(resolution.command().body()).containsEntry("restructuringId", "r-1670-NQ-UBTVQH15-12")
			.containsEntry("effectiveOn", "2025-07-01")
			.containsEntry("enlargements", List.of())
			.containsEntry("changes", List.of());
		assertThat(formations(resolution)).singleElement().satisfies(formation -> {
			assertThat(formation).containsEntry("unitId", "dvhc-03390-2025")
				.containsEntry("code", "03390")
				.containsEntry("name", "Xã Bình Lư")
				.containsEntry("type", "COMMUNE")
				.containsEntry("parentId", "dvhc-12");
			assertThat(formation.get("sources")).isEqualTo(List.of(Map.of("unitId", "dvhc-03412", "share", "WHOLE"),
					Map.of("unitId", "dvhc-03413", "share", "WHOLE")));
		});

		assertThat(plan.dissolutions()).singleElement().satisfies(dissolution -> {
			assertThat(dissolution.path()).isEqualTo("/api/units/dvhc-106/dissolve");
			assertThat(dissolution.body()).containsEntry("lastDay", "2025-06-30");
			assertThat(dissolution.commandId()).isEqualTo("restructuring.1670-NQ-UBTVQH15.dissolve.106");
		});
		assertThat(List.of(plan.formed(), plan.merges(), plan.splits(), plan.kept(), plan.renamed())).containsExactly(1,
				1, 0, 0, 0);
	}

	@Test
	void unitsTheRegisterHolds_onTheDay_areNotRegisteredAgain() {
		List<RestructuringPlanner.RegisteredUnit> register = List.of(
				new RestructuringPlanner.RegisteredUnit("u-12", "12", LocalDate.of(2004, 1, 1), null),
				new RestructuringPlanner.RegisteredUnit("u-106", "106", LocalDate.of(2005, 1, 1), null),
				new RestructuringPlanner.RegisteredUnit("u-03412-gone", "03412", LocalDate.of(2000, 1, 1),
						LocalDate.of(2010, 1, 1)),
				new RestructuringPlanner.RegisteredUnit("u-03412", "03412", LocalDate.of(2010, 1, 2), null),
				new RestructuringPlanner.RegisteredUnit("u-03413-later", "03413", EFFECTIVE, null));

		RestructuringPlan plan = RestructuringPlanner.plan(TERMS,
				List.of(commune("03412", "Xã Bình Lư", "106", "03390", "Xã Bình Lư"),
						commune("03413", "Xã Sơn Bình", "106", "03390", "Xã Bình Lư")),
				register);

		assertThat(plan.registrations()).flatExtracting(level -> level)
			.extracting(command -> command.body().get("code"))
			.containsExactly("03413");
		assertThat(plan.registrations().get(2).get(0).body()).containsEntry("parentId", "u-106");
		assertThat(formations(plan.resolutions().get(0)).get(0).get("sources")).isEqualTo(List
			.of(Map.of("unitId", "u-03412", "share", "WHOLE"), Map.of("unitId", "dvhc-03413", "share", "WHOLE")));
		assertThat(plan.dissolutions()).extracting(RestructuringPlan.Command::path)
			.containsExactly("/api/units/u-106/dissolve");
	}

	@Test
	void aUnitKeepingItsCode_isChanged_renamedOnlyWhenMoreThanItsTypeWordDiffers() {
		RestructuringPlan plan = RestructuringPlanner.plan(TERMS,
				List.of(row("03600", "Xã Tân Phong", "COMMUNE", "105", "12", "03600", "Phường Tân Phong", "WARD", "12",
						false),
						row("03601", "Xã Cũ", "COMMUNE", "105", "12", "03601", "Xã Mới", "COMMUNE", "12", false)),
				List.of());

		RestructuringPlan.Resolution resolution = plan.resolutions().get(0);
		assertThat(formations(resolution)).isEmpty();
		assertThat(resolution.command().body().get("changes"))
			.isEqualTo(List.of(Map.of("unitId", "dvhc-03600", "type", "WARD", "parentId", "dvhc-12"),
					Map.of("unitId", "dvhc-03601", "name", "Xã Mới", "parentId", "dvhc-12")));
		assertThat(plan.kept()).isEqualTo(2);
		assertThat(plan.renamed()).isEqualTo(1);
		assertThat(plan.formed()).isZero();
	}

	@Test
	void aCommuneSplit_givesAPartToEachNewUnit() {
		RestructuringPlan plan = RestructuringPlanner.plan(TERMS, List.of(
				row("03412", "Xã Bình Lư", "COMMUNE", "106", "12", "03390", "Xã Bình Lư", "COMMUNE", "12", true),
				row("03412", "Xã Bình Lư", "COMMUNE", "106", "12", "03391", "Xã Tam Đường", "COMMUNE", "12", true)),
				List.of());

		assertThat(plan.registrations().get(2)).hasSize(1);
		assertThat(formations(plan.resolutions().get(0))).extracting(formation -> formation.get("sources"))
			.containsExactly(List.of(Map.of("unitId", "dvhc-03412", "share", "PART")),
					List.of(Map.of("unitId", "dvhc-03412", "share", "PART")));
		assertThat(List.of(plan.formed(), plan.merges(), plan.splits())).containsExactly(2, 0, 2);
	}

	@Test
	void aDistrictWithoutCommunes_isItsOwnSource_andIsLeftToTheResolution() {
		RestructuringPlan plan = RestructuringPlanner.plan(TERMS,
				List.of(row("", "", "RURAL_DISTRICT", "111", "12", "03500", "Xã Sìn Hồ", "COMMUNE", "12", false)),
				List.of());

		assertThat(plan.registrations().get(1)).extracting(command -> command.body().get("unitId"))
			.containsExactly("dvhc-111");
		assertThat(plan.registrations().get(2)).isEmpty();
		assertThat(formations(plan.resolutions().get(0)).get(0).get("sources"))
			.isEqualTo(List.of(Map.of("unitId", "dvhc-111", "share", "WHOLE")));
		assertThat(plan.dissolutions()).isEmpty();
	}

	@Test
	void communesOfAnotherProvince_bringThatProvinceIntoTheNewOne_asAnEnlargement() {
		RestructuringPlan plan = RestructuringPlanner.plan(TERMS, List.of(
				row("13300", "Xã An Lão", "COMMUNE", "349", "35", "13301", "Xã An Lão", "COMMUNE", "37", false),
				row("14500", "Xã Gia Hòa", "COMMUNE", "370", "37", "14501", "Xã Gia Hòa", "COMMUNE", "37", false)),
				List.of());

		assertThat(plan.registrations().get(0)).extracting(command -> command.body().get("code"))
			.containsExactly("35", "37");
		assertThat(plan.registrations().get(0).get(0).body()).doesNotContainKey("parentId");
		assertThat(plan.resolutions()).singleElement()
			.satisfies(resolution -> assertThat(resolution.command().body().get("enlargements")).isEqualTo(List
				.of(Map.of("unitId", "dvhc-37", "sources", List.of(Map.of("unitId", "dvhc-35", "share", "WHOLE"))))));
	}

	@Test
	void oneResolutionPerNewProvince_namedByItsRows() {
		RestructuringPlan plan = RestructuringPlanner.plan(TERMS,
				List.of(commune("03412", "Xã Bình Lư", "106", "03390", "Xã Bình Lư"),
						row("13300", "Xã An Lão", "COMMUNE", "349", "35", "13301", "Xã An Lão", "COMMUNE", "37", false),
						commune("03413", "Xã Sơn Bình", "106", "03391", "Xã Sơn Bình")),
				List.of());

		assertThat(plan.resolutions()).extracting(RestructuringPlan.Resolution::rows).containsExactly(2, 1);
		assertThat(plan.resolutions()).extracting(resolution -> resolution.command().what())
			.containsExactly("tỉnh / province 12 (dòng / lines 2-4)", "tỉnh / province 37 (dòng / lines 3-3)");
		assertThat(plan.dissolutions()).extracting(RestructuringPlan.Command::commandId)
			.containsExactly("restructuring.1670-NQ-UBTVQH15.dissolve.106",
					"restructuring.1670-NQ-UBTVQH15.dissolve.349");
	}

	@Test
	void theReason_travelsWithEveryCommand_andALongBasis_isCutToTheLengthOfAnId() {
		String basis = "Nghị quyết số 1670/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính";
		RestructuringPlan plan = RestructuringPlanner.plan(
				new RestructuringPlanner.Terms(EFFECTIVE, basis, "Sắp xếp theo Nghị quyết", LocalDate.of(2008, 1, 1)),
				List.of(commune("03412", "Xã Bình Lư", "106", "03390", "Xã Bình Lư")), List.of());

		assertThat(plan.registrations()).flatExtracting(level -> level)
			.allSatisfy(command -> assertThat(command.body()).containsEntry("reason", "Sắp xếp theo Nghị quyết"));
		assertThat(plan.resolutions().get(0).command().body()).containsEntry("reason", "Sắp xếp theo Nghị quyết");
		assertThat(plan.dissolutions().get(0).body()).containsEntry("reason", "Sắp xếp theo Nghị quyết");
		assertThat((String) plan.resolutions().get(0).command().body().get("restructuringId")).hasSize(64)
			.startsWith("r-Ngh-quy-t-s-1670-NQ-UBTVQH15-c");
	}

	@Test
	void theSameTable_givesTheSameCommands_soASecondImportChangesNothing() {
		List<RestructuringTable.Row> rows = List.of(commune("03412", "Xã Bình Lư", "106", "03390", "Xã Bình Lư"),
				commune("03413", "Xã Sơn Bình", "106", "03390", "Xã Bình Lư"));

		assertThat(RestructuringPlanner.plan(TERMS, rows, List.of()))
			.isEqualTo(RestructuringPlanner.plan(TERMS, rows, List.of()));
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> formations(RestructuringPlan.Resolution resolution) {
		return (List<Map<String, Object>>) resolution.command().body().get("formations");
	}

	private RestructuringTable.Row commune(String oldCode, String oldName, String district, String newCode,
			String newName) {
		return row(oldCode, oldName, "COMMUNE", district, "12", newCode, newName, "COMMUNE", "12", false);
	}

	private RestructuringTable.Row row(String oldCode, String oldName, String oldType, String district,
			String oldProvince, String newCode, String newName, String newType, String newProvince, boolean partial) {
		return new RestructuringTable.Row(++this.line, oldCode, oldName, oldType, district, "Huyện " + district,
				oldProvince, "Tỉnh " + oldProvince, newCode, newName, newType, newProvince, "Tỉnh " + newProvince,
				partial, "");
	}

}
