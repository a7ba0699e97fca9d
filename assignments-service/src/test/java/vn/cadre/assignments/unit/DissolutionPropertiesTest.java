package vn.cadre.assignments.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
import vn.cadre.kernel.unit.UnitDissolved;
import vn.cadre.kernel.unit.UnitId;
import vn.cadre.kernel.unit.UnitRegistered;
import vn.cadre.kernel.unit.UnitType;

/**
 * For random mandates, dissolving the unit ends exactly the mandates still running after
 * its last day, on that day, so every mandate of a dissolved unit ends by its last day;
 * and a mandate that would begin after it refuses the dissolution. The expected events
 * are computed here, separately from the aggregate.
 */
class DissolutionPropertiesTest {

	private static final LocalDate ESTABLISHED = LocalDate.of(2020, 1, 1);

	record Given(int from, Integer length) {

	}

	@Property(tries = 150)
	void dissolution_endsEveryMandateThatWouldOutliveTheUnit(@ForAll("mandates") List<Given> mandates,
			@ForAll @IntRange(min = 0, max = 120) int lastDayOffset) {
		LocalDate lastDay = ESTABLISHED.plusDays(lastDayOffset);
		List<Object> history = new ArrayList<>();
		history.add(new UnitRegistered("u", "03414", "Khác", UnitType.COMMUNE, null, ESTABLISHED, "d"));
		List<Object> expected = new ArrayList<>();
		boolean startsAfter = false;
		for (int i = 0; i < mandates.size(); i++) {
			LocalDate from = ESTABLISHED.plusDays(mandates.get(i).from());
			LocalDate until = (mandates.get(i).length() != null) ? from.plusDays(mandates.get(i).length()) : null;
			history.add(new PositionAssigned("m" + i, "u", "COMMITTEE_VICE_CHAIR", "p" + i, from, until, Locality.LOCAL,
					"x", "d"));
			startsAfter |= from.isAfter(lastDay);
			if (until == null || until.isAfter(lastDay)) {
				expected.add(new AssignmentEnded("m" + i, "u", lastDay, EndCause.UNIT_DISSOLVED, "k", null));
			}
		}
		expected.add(new UnitDissolved("u", lastDay, "k"));

		var result = new UnitsFixture().given(history.toArray()).when(new DissolveUnit(new UnitId("u"), lastDay, "k"));

		if (startsAfter) {
			result.expectException(MandateOutlivesUnit.class).expectNoEvents();
		}
		else {
			result.expectEvents(expected.toArray());
		}
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
