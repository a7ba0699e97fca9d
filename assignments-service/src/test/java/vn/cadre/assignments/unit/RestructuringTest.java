package vn.cadre.assignments.unit;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.cadre.assignments.mandate.AssignPosition;
import vn.cadre.assignments.unit.RestructureUnits.Enlargement;
import vn.cadre.assignments.unit.RestructureUnits.Formation;
import vn.cadre.assignments.unit.RestructureUnits.Source;
import vn.cadre.assignments.unit.RestructureUnits.UnitChange;
import vn.cadre.kernel.mandate.AssignmentEnded;
import vn.cadre.kernel.mandate.DateRange;
import vn.cadre.kernel.mandate.EndCause;
import vn.cadre.kernel.mandate.Locality;
import vn.cadre.kernel.mandate.PositionAssigned;
import vn.cadre.kernel.person.Origin;
import vn.cadre.kernel.person.PersonId;
import vn.cadre.kernel.post.PostCode;
import vn.cadre.kernel.unit.CodeAssigned;
import vn.cadre.kernel.unit.CodeReleased;
import vn.cadre.kernel.unit.CodeSpan;
import vn.cadre.kernel.unit.PartsTransferred;
import vn.cadre.kernel.unit.UnitCode;
import vn.cadre.kernel.unit.UnitDissolved;
import vn.cadre.kernel.unit.UnitEnlarged;
import vn.cadre.kernel.unit.UnitId;
import vn.cadre.kernel.unit.UnitMergedInto;
import vn.cadre.kernel.unit.UnitName;
import vn.cadre.kernel.unit.UnitRegistered;
import vn.cadre.kernel.unit.UnitRenamed;
import vn.cadre.kernel.unit.UnitReparented;
import vn.cadre.kernel.unit.UnitRetyped;
import vn.cadre.kernel.unit.UnitSplit;
import vn.cadre.kernel.unit.UnitType;
import vn.cadre.kernel.unit.UnitsMerged;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given/when/then for the commands that touch several units and the code register:
 * registration, dissolution, a new parent, {@code MergeCommunes} and whole resolutions
 * (splits, transfers of part, absorptions, renames and retypes on the same day).
 */
class RestructuringTest {

	private static final LocalDate ESTABLISHED = LocalDate.of(2008, 1, 1);

	private static final LocalDate EFFECTIVE = LocalDate.of(2025, 7, 1);

	private static final LocalDate LAST_DAY = LocalDate.of(2025, 6, 30);

	private static final String BASIS = "1670/NQ-UBTVQH15";

	private static final String PROVINCE = "lai-chau";

	private static final String DISTRICT = "huyen-tam-duong";

	private final UnitsFixture fixture = new UnitsFixture();

	private static Object[] registered(String unitId, String code, String name, UnitType type, String parentId) {
		return new Object[] { new UnitRegistered(unitId, code, name, type, parentId, ESTABLISHED, "d"),
				new CodeAssigned(code, unitId, ESTABLISHED, "d") };
	}

	/** Lai Châu, its district Tam Đường, and the three units that became Bình Lư. */
	private UnitsFixture laiChau() {
		return this.fixture.given(registered(PROVINCE, "12", "Lai Châu", UnitType.PROVINCE, null))
			.given(registered(DISTRICT, "106", "Tam Đường", UnitType.RURAL_DISTRICT, PROVINCE))
			.given(registered("tam-duong", "03390", "Tam Đường", UnitType.TOWNSHIP, DISTRICT))
			.given(registered("binh-lu", "03412", "Bình Lư", UnitType.COMMUNE, DISTRICT))
			.given(registered("son-binh", "03413", "Sơn Bình", UnitType.COMMUNE, DISTRICT));
	}

	private static CodeSpan span(String unitId, String code, String name) {
		return new CodeSpan(unitId, code, name, ESTABLISHED, LAST_DAY);
	}

	private static MergeCommunes binhLuMerger(String code, List<String> predecessors) {
		return new MergeCommunes("r-1", new UnitId("binh-lu-moi"), new UnitCode(code), new UnitName("Xã Bình Lư"),
				UnitType.COMMUNE, new UnitId(PROVINCE), EFFECTIVE, predecessors.stream().map(UnitId::new).toList(),
				BASIS);
	}

	private static RestructureUnits resolution(List<Formation> formations, List<Enlargement> enlargements,
			Set<UnitId> continuing, List<UnitChange> changes) {
		return new RestructureUnits("r-1", EFFECTIVE, formations, enlargements, continuing, changes, BASIS);
	}

	private static Formation formation(String unitId, String code, String name, Source... sources) {
		return new Formation(new UnitId(unitId), new UnitCode(code), new UnitName(name), UnitType.COMMUNE,
				new UnitId(PROVINCE), List.of(sources));
	}

	private static Source whole(String unitId) {
		return Source.whole(new UnitId(unitId));
	}

	private static Source part(String unitId) {
		return Source.part(new UnitId(unitId));
	}

	@Nested
	class RegisterUnitCommand {

		@Test
		void register_claimsTheCodeAndRecordsTheUnit() {
			fixture.given(registered(PROVINCE, "12", "Lai Châu", UnitType.PROVINCE, null))
				.when(new RegisterUnit(new UnitId("binh-lu"), new UnitCode("03412"), new UnitName(" Xã  Bình Lư "),
						UnitType.COMMUNE, new UnitId(PROVINCE), ESTABLISHED, BASIS))
				.expectEvents(new CodeAssigned("03412", "binh-lu", ESTABLISHED, BASIS), new UnitRegistered("binh-lu",
						"03412", "Bình Lư", UnitType.COMMUNE, PROVINCE, ESTABLISHED, BASIS));
		}

		@Test
		void register_ofAProvince_hasNoParent() {
			fixture
				.when(new RegisterUnit(new UnitId(PROVINCE), new UnitCode("12"), new UnitName("Lai Châu"),
						UnitType.PROVINCE, null, LocalDate.of(2004, 1, 1), "Luật 2003"))
				.expectEvents(new CodeAssigned("12", PROVINCE, LocalDate.of(2004, 1, 1), "Luật 2003"),
						new UnitRegistered(PROVINCE, "12", "Lai Châu", UnitType.PROVINCE, null,
								LocalDate.of(2004, 1, 1), "Luật 2003"));
		}

		@Test
		void register_isRejected_whileAnotherUnitCarriesTheCode() {
			laiChau()
				.when(new RegisterUnit(new UnitId("khac"), new UnitCode("03390"), new UnitName("Khác"),
						UnitType.COMMUNE, new UnitId(PROVINCE), EFFECTIVE, BASIS))
				.expectException(CodeInUse.class)
				.expectNoEvents();
		}

		@Test
		void register_takesACode_freedBeforeItsFirstDay() {
			laiChau()
				.given(new UnitDissolved("tam-duong", LAST_DAY, BASIS),
						new CodeReleased("03390", "tam-duong", LAST_DAY, BASIS))
				.when(new RegisterUnit(new UnitId("khac"), new UnitCode("03390"), new UnitName("Khác"),
						UnitType.COMMUNE, new UnitId(PROVINCE), EFFECTIVE, BASIS))
				.expectEventsOfTypes(CodeAssigned.class, UnitRegistered.class);
		}

		@Test
		void register_isRejected_underAnIdAlreadyTaken() {
			laiChau()
				.when(new RegisterUnit(new UnitId("binh-lu"), new UnitCode("03414"), new UnitName("Khác"),
						UnitType.COMMUNE, new UnitId(PROVINCE), EFFECTIVE, BASIS))
				.expectException(UnitIdTaken.class)
				.expectNoEvents();
		}

		@Test
		void register_isRejected_underAnUnknownParent() {
			UnitsFixture.Outcome outcome = fixture
				.when(new RegisterUnit(new UnitId("binh-lu"), new UnitCode("03412"), new UnitName("Bình Lư"),
						UnitType.COMMUNE, new UnitId("no-such-unit"), ESTABLISHED, BASIS))
				.expectException(UnknownUnit.class)
				.expectNoEvents();
			assertThat(((UnknownUnit) outcome.refusal()).field()).isEqualTo("parentId");
		}

		@Test
		void register_isRejected_underAParentOfTheSameLevel() {
			laiChau()
				.when(new RegisterUnit(new UnitId("khac"), new UnitCode("03414"), new UnitName("Khác"),
						UnitType.COMMUNE, new UnitId("binh-lu"), EFFECTIVE, BASIS))
				.expectException(ParentNotAbove.class)
				.expectNoEvents();
		}

		@Test
		void register_isRejected_underAParentThatDidNotExistYet() {
			laiChau()
				.when(new RegisterUnit(new UnitId("khac"), new UnitCode("03414"), new UnitName("Khác"),
						UnitType.COMMUNE, new UnitId(DISTRICT), ESTABLISHED.minusDays(1), BASIS))
				.expectException(ParentNotActiveOn.class)
				.expectNoEvents();
		}

	}

	@Nested
	class DissolveUnitCommand {

		@Test
		void dissolve_endsTheUnitAndItsMandates_andFreesItsCode() {
			laiChau()
				.given(new PositionAssigned("m1", "son-binh", "PARTY_SECRETARY", "p1", ESTABLISHED, null,
						Locality.LOCAL, "x", "d", List.of()))
				.when(new DissolveUnit(new UnitId("son-binh"), LAST_DAY, BASIS))
				.expectEvents(new AssignmentEnded("m1", "son-binh", LAST_DAY, EndCause.UNIT_DISSOLVED, BASIS, null),
						new UnitDissolved("son-binh", LAST_DAY, BASIS),
						new CodeReleased("03413", "son-binh", LAST_DAY, BASIS));
		}

		@Test
		void dissolve_isRejected_twice() {
			laiChau().given(new UnitDissolved("son-binh", LAST_DAY, BASIS))
				.when(new DissolveUnit(new UnitId("son-binh"), EFFECTIVE, BASIS))
				.expectException(UnitAlreadyRestructured.class)
				.expectNoEvents();
		}

		@Test
		void dissolve_isRejected_beforeTheUnitExisted() {
			laiChau().when(new DissolveUnit(new UnitId("son-binh"), ESTABLISHED.minusDays(1), BASIS))
				.expectException(UnitNotActiveOn.class)
				.expectNoEvents();
		}

	}

	@Nested
	class ChangeUnitParentCommand {

		@Test
		void reparent_movesACommuneUnderTheProvince_whenItsDistrictIsAbolished() {
			laiChau().when(new ChangeUnitParent(new UnitId("son-binh"), new UnitId(PROVINCE), EFFECTIVE, BASIS))
				.expectEvents(new UnitReparented("son-binh", PROVINCE, EFFECTIVE, null, BASIS));
		}

		@Test
		void reparent_isRejected_whenTheParentIsUnchanged() {
			laiChau().when(new ChangeUnitParent(new UnitId("son-binh"), new UnitId(DISTRICT), EFFECTIVE, BASIS))
				.expectException(UnitUnchanged.class)
				.expectNoEvents();
		}

		@Test
		void reparent_isRejected_underAUnitOfTheSameLevel() {
			laiChau().when(new ChangeUnitParent(new UnitId("son-binh"), new UnitId("binh-lu"), EFFECTIVE, BASIS))
				.expectException(ParentNotAbove.class)
				.expectNoEvents();
		}

		@Test
		void reparent_isRejected_underAParentThatHasCeased() {
			laiChau().given(new UnitDissolved(DISTRICT, LAST_DAY, BASIS))
				.when(new ChangeUnitParent(new UnitId("son-binh"), new UnitId(DISTRICT), EFFECTIVE, BASIS))
				.expectException(ParentNotActiveOn.class)
				.expectNoEvents();
		}

	}

	@Nested
	class MergeCommunesCommand {

		@Test
		void merge_endsThePredecessorsAndTheirMandates_andTheSuccessorTakesAFreedCode() {
			laiChau()
				.given(new PositionAssigned("m1", "son-binh", "PARTY_SECRETARY", "p1", ESTABLISHED, null,
						Locality.LOCAL, "x", "d", List.of()))
				.when(binhLuMerger("03390", List.of("tam-duong", "binh-lu", "son-binh")))
				.expectEvents(new UnitMergedInto("tam-duong", "binh-lu-moi", LAST_DAY, "r-1", BASIS),
						new CodeReleased("03390", "tam-duong", LAST_DAY, BASIS),
						new UnitMergedInto("binh-lu", "binh-lu-moi", LAST_DAY, "r-1", BASIS),
						new CodeReleased("03412", "binh-lu", LAST_DAY, BASIS),
						new AssignmentEnded("m1", "son-binh", LAST_DAY, EndCause.UNIT_MERGED, BASIS, "r-1"),
						new UnitMergedInto("son-binh", "binh-lu-moi", LAST_DAY, "r-1", BASIS),
						new CodeReleased("03413", "son-binh", LAST_DAY, BASIS),
						new CodeAssigned("03390", "binh-lu-moi", EFFECTIVE, BASIS),
						new UnitsMerged("binh-lu-moi", "03390", "Bình Lư", UnitType.COMMUNE, PROVINCE, EFFECTIVE,
								List.of("tam-duong", "binh-lu", "son-binh"), List.of(),
								List.of(span("tam-duong", "03390", "Tam Đường"), span("binh-lu", "03412", "Bình Lư"),
										span("son-binh", "03413", "Sơn Bình")),
								"r-1", BASIS));
		}

		@Test
		void merge_isRejected_whenTheSuccessorCodeIsCarriedByAUnitThatContinues() {
			laiChau().when(binhLuMerger("03412", List.of("tam-duong", "son-binh")))
				.expectException(CodeInUse.class)
				.expectNoEvents();
		}

		@Test
		void merge_isRejected_whenAPredecessorHasAlreadyCeased_andChangesNoOtherUnit() {
			laiChau().given(new UnitDissolved("son-binh", LocalDate.of(2024, 12, 31), BASIS))
				.when(binhLuMerger("03390", List.of("tam-duong", "binh-lu", "son-binh")))
				.expectException(UnitAlreadyRestructured.class)
				.expectNoEvents();
		}

		@Test
		void merge_isRejected_whenAPredecessorDidNotExistTheDayBefore() {
			laiChau().given(new UnitRegistered("moi", "03414", "Mới", UnitType.COMMUNE, DISTRICT, EFFECTIVE, "d"))
				.when(binhLuMerger("03390", List.of("tam-duong", "moi")))
				.expectException(UnitNotActiveOn.class)
				.expectNoEvents();
		}

		@Test
		void merge_isRejected_whenAPredecessorIsUnknown() {
			UnitsFixture.Outcome outcome = laiChau().when(binhLuMerger("03390", List.of("tam-duong", "no-such-unit")))
				.expectException(UnknownUnit.class)
				.expectNoEvents();
			assertThat(((UnknownUnit) outcome.refusal()).field()).as("a merger's sources are its predecessors")
				.isEqualTo("predecessorIds");
		}

		@Test
		void merge_isRejected_whenAPredecessorIsAlreadyPartOfAnotherChangeThatDay() {
			laiChau().given(new PartsTransferred("son-binh", List.of("khac"), EFFECTIVE, "r-0", BASIS))
				.when(binhLuMerger("03390", List.of("tam-duong", "binh-lu", "son-binh")))
				.expectException(AlreadyRestructuredOn.class)
				.expectNoEvents();
		}

		@Test
		void merge_isRejected_whenAMandateWouldBeginAfterAPredecessorEnds() {
			laiChau()
				.given(new PositionAssigned("m1", "binh-lu", "PARTY_SECRETARY", "p1", EFFECTIVE.plusDays(3), null,
						Locality.LOCAL, "x", "d", List.of()))
				.when(binhLuMerger("03390", List.of("tam-duong", "binh-lu")))
				.expectException(MandateOutlivesUnit.class)
				.expectNoEvents();
		}

		@Test
		void assign_inTheSuccessor_findsANativeOfAPredecessorLocal() {
			laiChau().person("p1", new Origin(new UnitCode("03413"), LocalDate.of(2019, 1, 1), null, null));
			fixture.when(binhLuMerger("03390", List.of("tam-duong", "binh-lu", "son-binh")));

			fixture
				.when(new AssignPosition(new UnitId("binh-lu-moi"), "m1", new PostCode("PARTY_SECRETARY"),
						new PersonId("p1"), DateRange.from(EFFECTIVE), null, null, "05-QĐ/TU"))
				.expectEvents(new PositionAssigned("m1", "binh-lu-moi", "PARTY_SECRETARY", "p1", EFFECTIVE, null,
						Locality.LOCAL, "quê quán / hometown 03413 = Sơn Bình (2008-01-01..2025-06-30)", "05-QĐ/TU",
						List.of()));
		}

	}

	@Nested
	class RestructureUnitsCommand {

		@Test
		void split_endsTheSourceOnce_andEachSuccessorRecordsAPartialPredecessorWithItsCodes() {
			laiChau()
				.given(new PositionAssigned("m1", "son-binh", "PARTY_SECRETARY", "p1", ESTABLISHED, null,
						Locality.LOCAL, "x", "d", List.of()))
				.when(resolution(
						List.of(formation("moi-a", "03390", "Mới A", whole("tam-duong"), part("son-binh")),
								formation("moi-b", "03412", "Mới B", whole("binh-lu"), part("son-binh"))),
						List.of(), Set.of(), List.of()))
				.expectEvents(new UnitMergedInto("tam-duong", "moi-a", LAST_DAY, "r-1", BASIS),
						new CodeReleased("03390", "tam-duong", LAST_DAY, BASIS),
						new AssignmentEnded("m1", "son-binh", LAST_DAY, EndCause.UNIT_SPLIT, BASIS, "r-1"),
						new UnitSplit("son-binh", List.of("moi-a", "moi-b"), LAST_DAY, "r-1", BASIS),
						new CodeReleased("03413", "son-binh", LAST_DAY, BASIS),
						new UnitMergedInto("binh-lu", "moi-b", LAST_DAY, "r-1", BASIS),
						new CodeReleased("03412", "binh-lu", LAST_DAY, BASIS),
						new CodeAssigned("03390", "moi-a", EFFECTIVE, BASIS),
						new UnitsMerged("moi-a", "03390", "Mới A", UnitType.COMMUNE, PROVINCE, EFFECTIVE,
								List.of("tam-duong", "son-binh"), List.of("son-binh"),
								List.of(span("tam-duong", "03390", "Tam Đường"), span("son-binh", "03413", "Sơn Bình")),
								"r-1", BASIS),
						new CodeAssigned("03412", "moi-b", EFFECTIVE, BASIS),
						new UnitsMerged("moi-b", "03412", "Mới B", UnitType.COMMUNE, PROVINCE, EFFECTIVE,
								List.of("binh-lu", "son-binh"), List.of("son-binh"),
								List.of(span("binh-lu", "03412", "Bình Lư"), span("son-binh", "03413", "Sơn Bình")),
								"r-1", BASIS));
		}

		@Test
		void transferOfPart_leavesTheSourceWithItsCodeAndMandates() {
			laiChau()
				.given(new PositionAssigned("m1", "son-binh", "PARTY_SECRETARY", "p1", ESTABLISHED, null,
						Locality.LOCAL, "x", "d", List.of()))
				.when(resolution(List.of(), List.of(new Enlargement(new UnitId("binh-lu"), List.of(part("son-binh")))),
						Set.of(new UnitId("son-binh")), List.of()))
				.expectEvents(new PartsTransferred("son-binh", List.of("binh-lu"), EFFECTIVE, "r-1", BASIS),
						new UnitEnlarged("binh-lu", EFFECTIVE, List.of("son-binh"), List.of("son-binh"),
								List.of(span("son-binh", "03413", "Sơn Bình")), "r-1", BASIS));
		}

		@Test
		void absorption_endsTheSourceIntoAUnitThatContinues_renamedAndMovedUnderTheProvince() {
			laiChau()
				.when(resolution(List.of(), List.of(new Enlargement(new UnitId("binh-lu"), List.of(whole("son-binh")))),
						Set.of(),
						List.of(new UnitChange(new UnitId("binh-lu"), new UnitName("Bình Sơn"), null,
								new UnitId(PROVINCE)))))
				.expectEvents(new UnitMergedInto("son-binh", "binh-lu", LAST_DAY, "r-1", BASIS),
						new CodeReleased("03413", "son-binh", LAST_DAY, BASIS),
						new UnitEnlarged("binh-lu", EFFECTIVE, List.of("son-binh"), List.of(),
								List.of(span("son-binh", "03413", "Sơn Bình")), "r-1", BASIS),
						new UnitRenamed("binh-lu", "Bình Sơn", EFFECTIVE, BASIS),
						new UnitReparented("binh-lu", PROVINCE, EFFECTIVE, "r-1", BASIS));
		}

		@Test
		void keptUnit_isRetypedAndMoved_whenItsDistrictIsAbolished() {
			laiChau()
				.when(resolution(List.of(), List.of(), Set.of(),
						List.of(new UnitChange(new UnitId("tam-duong"), null, UnitType.COMMUNE, new UnitId(PROVINCE)))))
				.expectEvents(new UnitRetyped("tam-duong", UnitType.COMMUNE, EFFECTIVE, "r-1", BASIS),
						new UnitReparented("tam-duong", PROVINCE, EFFECTIVE, "r-1", BASIS));
		}

		@Test
		void newProvince_canParentTheCommunesFormedInTheSameResolution() {
			laiChau()
				.when(resolution(
						List.of(new Formation(new UnitId("tinh-moi"), new UnitCode("14"), new UnitName("Tỉnh Mới"),
								UnitType.PROVINCE, null, List.of(whole(PROVINCE))),
								new Formation(new UnitId("moi-a"), new UnitCode("03390"), new UnitName("Mới A"),
										UnitType.COMMUNE, new UnitId("tinh-moi"), List.of(whole("tam-duong")))),
						List.of(), Set.of(), List.of()))
				.expectEventsOfTypes(UnitMergedInto.class, CodeReleased.class, UnitMergedInto.class, CodeReleased.class,
						CodeAssigned.class, UnitsMerged.class, CodeAssigned.class, UnitsMerged.class);
		}

		@Test
		void resolution_isRejected_whole_whenOneOfItsChangesBreaksARule() {
			laiChau()
				.when(resolution(List.of(formation("moi-a", "03390", "Mới A", whole("tam-duong"))), List.of(), Set.of(),
						List.of(new UnitChange(new UnitId("binh-lu"), new UnitName("Bình Lư"), null, null))))
				.expectException(UnitNameUnchanged.class)
				.expectNoEvents();
		}

		@Test
		void resolution_isRejected_whenAnEnlargedUnitWasAlreadyRestructuredThatDay() {
			laiChau().given(new UnitEnlarged("binh-lu", EFFECTIVE, List.of("x"), List.of(), List.of(), "r-0", BASIS))
				.when(resolution(List.of(), List.of(new Enlargement(new UnitId("binh-lu"), List.of(whole("son-binh")))),
						Set.of(), List.of()))
				.expectException(AlreadyRestructuredOn.class)
				.expectNoEvents();
		}

		@Test
		void resolution_isRejected_whenANewUnitWouldBeUnderAUnitOfItsOwnLevel() {
			laiChau()
				.when(resolution(
						List.of(new Formation(new UnitId("moi-a"), new UnitCode("03390"), new UnitName("Mới A"),
								UnitType.COMMUNE, new UnitId("binh-lu"), List.of(whole("tam-duong")))),
						List.of(), Set.of(), List.of()))
				.expectException(ParentNotAbove.class)
				.expectNoEvents();
		}

	}

}
