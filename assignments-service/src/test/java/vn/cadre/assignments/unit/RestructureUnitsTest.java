package vn.cadre.assignments.unit;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import vn.cadre.assignments.InvalidRequest;
import vn.cadre.assignments.unit.RestructureUnits.Enlargement;
import vn.cadre.assignments.unit.RestructureUnits.Formation;
import vn.cadre.assignments.unit.RestructureUnits.Source;
import vn.cadre.assignments.unit.RestructureUnits.UnitChange;
import vn.cadre.kernel.unit.UnitCode;
import vn.cadre.kernel.unit.UnitId;
import vn.cadre.kernel.unit.UnitName;
import vn.cadre.kernel.unit.UnitType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** A resolution that contradicts itself is refused before any unit is loaded. */
class RestructureUnitsTest {

	private static final UnitId A = new UnitId("a");

	private static final UnitId B = new UnitId("b");

	private static final UnitId C = new UnitId("c");

	private static Formation formation(String id, Source... sources) {
		return new Formation(new UnitId(id), new UnitCode("03390"), new UnitName("Mới"), UnitType.COMMUNE, null,
				List.of(sources));
	}

	private static RestructureUnits resolution(List<Formation> formations, List<Enlargement> enlargements,
			Set<UnitId> continuing, List<UnitChange> changes) {
		return new RestructureUnits("r", LocalDate.of(2025, 7, 1), formations, enlargements, continuing, changes,
				"1670/NQ-UBTVQH15");
	}

	@Test
	void flows_listEverySourceWithItsRecipients_inTheOrderOfFirstMention() {
		RestructureUnits split = resolution(
				List.of(formation("x", Source.whole(A), Source.part(C)), formation("y", Source.part(C))),
				List.of(new Enlargement(B, List.of(Source.part(new UnitId("d"))))), Set.of(new UnitId("d")), List.of());

		assertThat(split.flows()).containsExactly(new RestructureUnits.Flow(A, List.of(new UnitId("x")), true, false),
				new RestructureUnits.Flow(C, List.of(new UnitId("x"), new UnitId("y")), false, false),
				new RestructureUnits.Flow(new UnitId("d"), List.of(B), false, true));
	}

	@Test
	void isRefused_whenItChangesNothing() {
		assertThatExceptionOfType(InvalidRequest.class)
			.isThrownBy(() -> resolution(List.of(), List.of(), Set.of(), List.of()))
			.withMessageContaining("changes no unit");
	}

	@Test
	void isRefused_whenAUnitGoesWholeToTwoRecipients() {
		assertThatExceptionOfType(InvalidRequest.class)
			.isThrownBy(() -> resolution(List.of(formation("x", Source.whole(A)), formation("y", Source.part(A))),
					List.of(), Set.of(), List.of()))
			.withMessageContaining("goes whole");
	}

	@Test
	void isRefused_whenARecipientAlsoGives() {
		assertThatExceptionOfType(InvalidRequest.class)
			.isThrownBy(() -> resolution(List.of(formation("x", Source.whole(A))),
					List.of(new Enlargement(A, List.of(Source.whole(B)))), Set.of(), List.of()))
			.withMessageContaining("both give and receive");
	}

	@Test
	void isRefused_whenASourceIsListedTwiceForOneRecipient() {
		assertThatExceptionOfType(InvalidRequest.class)
			.isThrownBy(() -> resolution(List.of(formation("x", Source.part(A), Source.part(A))), List.of(), Set.of(),
					List.of()))
			.withMessageContaining("listed twice");
	}

	@Test
	void isRefused_whenARecipientReceivesNothing() {
		assertThatExceptionOfType(InvalidRequest.class)
			.isThrownBy(() -> resolution(List.of(formation("x")), List.of(), Set.of(), List.of()))
			.withMessageContaining("receives nothing");
	}

	@Test
	void isRefused_whenAUnitGivenWholeIsSaidToContinue() {
		assertThatExceptionOfType(InvalidRequest.class)
			.isThrownBy(() -> resolution(List.of(formation("x", Source.whole(A))), List.of(), Set.of(A), List.of()))
			.withMessageContaining("cannot continue");
	}

	@Test
	void isRefused_whenAContinuingUnitGivesNothing() {
		assertThatExceptionOfType(InvalidRequest.class)
			.isThrownBy(() -> resolution(List.of(formation("x", Source.whole(A))), List.of(), Set.of(B), List.of()))
			.withMessageContaining("gives nothing");
	}

	@Test
	void isRefused_whenAUnitThatEndsIsRenamed() {
		assertThatExceptionOfType(InvalidRequest.class)
			.isThrownBy(() -> resolution(List.of(formation("x", Source.part(A))), List.of(), Set.of(),
					List.of(new UnitChange(A, new UnitName("Khác"), null, null))))
			.withMessageContaining("does not continue");
	}

	@Test
	void isRefused_whenAChangeChangesNothing() {
		assertThatExceptionOfType(InvalidRequest.class).isThrownBy(() -> new UnitChange(A, null, null, null))
			.withMessageContaining("changes nothing");
	}

}
