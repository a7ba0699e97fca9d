package vn.cadre.assignments.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import vn.cadre.kernel.mandate.AssignmentEnded;
import vn.cadre.kernel.mandate.EndCause;
import vn.cadre.kernel.mandate.Locality;
import vn.cadre.kernel.mandate.PositionAssigned;
import vn.cadre.kernel.unit.UnitCode;
import vn.cadre.kernel.unit.UnitId;
import vn.cadre.kernel.unit.UnitName;
import vn.cadre.kernel.unit.UnitRegistered;
import vn.cadre.kernel.unit.UnitType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For random mandates, ending the unit (dissolved, merged whole into a new unit, or split
 * between two) ends exactly the mandates still running after its last day, on that day
 * and with the cause of the ending, so every mandate of an ended unit ends by its last
 * day; and a mandate that would begin after it refuses the ending. The expected events
 * are computed here, separately from the aggregate.
 */
class DissolutionPropertiesTest {

	private static final LocalDate ESTABLISHED = LocalDate.of(2020, 1, 1);

	record Given(int from, Integer length) {

	}

	enum Ending {

		DISSOLVED(EndCause.UNIT_DISSOLVED), MERGED(EndCause.UNIT_MERGED), SPLIT(EndCause.UNIT_SPLIT);

		final EndCause cause;

		Ending(EndCause cause) {
			this.cause = cause;
		}

	}

	@Property(tries = 200)
	void endingAUnit_endsEveryMandateThatWouldOutliveIt(@ForAll("mandates") List<Given> mandates,
			@ForAll @IntRange(min = 0, max = 120) int lastDayOffset, @ForAll Ending ending) {
		LocalDate lastDay = ESTABLISHED.plusDays(lastDayOffset);
		List<Object> history = new ArrayList<>();
		history.add(new UnitRegistered("u", "03414", "Khác", UnitType.COMMUNE, null, ESTABLISHED, "d"));
		history.add(new UnitRegistered("v", "03415", "Bên", UnitType.COMMUNE, null, ESTABLISHED, "d"));
		List<Object> expectedEndings = new ArrayList<>();
		boolean startsAfter = false;
		String restructuringId = (ending == Ending.DISSOLVED) ? null : "r";
		for (int i = 0; i < mandates.size(); i++) {
			LocalDate from = ESTABLISHED.plusDays(mandates.get(i).from());
			LocalDate until = (mandates.get(i).length() != null) ? from.plusDays(mandates.get(i).length()) : null;
			history.add(new PositionAssigned("m" + i, "u", "COMMITTEE_VICE_CHAIR", "p" + i, from, until, Locality.LOCAL,
					"x", "d", List.of()));
			startsAfter |= from.isAfter(lastDay);
			if (until == null || until.isAfter(lastDay)) {
				expectedEndings.add(new AssignmentEnded("m" + i, "u", lastDay, ending.cause, "k", restructuringId));
			}
		}

		var result = new UnitsFixture().given(history.toArray()).when(command(ending, lastDay));

		if (startsAfter) {
			result.expectException(MandateOutlivesUnit.class).expectNoEvents();
		}
		else {
			List<Object> endings = result.events().stream().filter(AssignmentEnded.class::isInstance).toList();
			assertThat(endings).containsExactlyElementsOf(expectedEndings);
		}
	}

	private static Object command(Ending ending, LocalDate lastDay) {
		LocalDate effectiveOn = lastDay.plusDays(1);
		return switch (ending) {
			case DISSOLVED -> new DissolveUnit(new UnitId("u"), lastDay, "k");
			case MERGED -> new RestructureUnits("r", effectiveOn,
					List.of(formation("w", "03416", RestructureUnits.Source.whole(new UnitId("u")))), List.of(),
					Set.of(), List.of(), "k");
			case SPLIT -> new RestructureUnits("r", effectiveOn,
					List.of(formation("w", "03416", RestructureUnits.Source.part(new UnitId("u")))),
					List.of(new RestructureUnits.Enlargement(new UnitId("v"),
							List.of(RestructureUnits.Source.part(new UnitId("u"))))),
					Set.of(), List.of(), "k");
		};
	}

	private static RestructureUnits.Formation formation(String unitId, String code, RestructureUnits.Source source) {
		return new RestructureUnits.Formation(new UnitId(unitId), new UnitCode(code), new UnitName("Mới"),
				UnitType.COMMUNE, null, List.of(source));
	}

	@Provide
	Arbitrary<List<Given>> mandates() {
		return Combinators
			.combine(Arbitraries.integers().between(0, 100), Arbitraries.integers().between(0, 60).injectNull(0.4))
			.as(Given::new)
			.list()
			.ofMaxSize(8);
	}

}
