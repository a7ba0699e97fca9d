package vn.cadre.assignments.mandate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.cadre.assignments.RuleViolation;
import vn.cadre.kernel.mandate.AssignmentEnded;
import vn.cadre.kernel.mandate.DateRange;
import vn.cadre.kernel.mandate.EndCause;
import vn.cadre.kernel.mandate.Locality;
import vn.cadre.kernel.mandate.PositionAssigned;
import vn.cadre.kernel.post.Post;
import vn.cadre.kernel.post.PostCatalogue;
import vn.cadre.kernel.post.PostCode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random histories of assignments and endings, applied only when the rules accept them,
 * never give a single-holder post two holders on one day, nor a person the same post
 * twice on one day (checked day by day, separately from the rules' own interval logic).
 */
class MandatesPropertiesTest {

	private static final LocalDate START = LocalDate.of(2020, 1, 1);

	private static final PostCatalogue POSTS = PostCatalogue.standard();

	private static final List<String> POST_CODES = List.of("PARTY_SECRETARY", "COMMITTEE_CHAIR",
			"COMMITTEE_VICE_CHAIR");

	sealed interface Step permits Assign, End {

	}

	record Assign(String post, String person, int from, Integer length) implements Step {

	}

	record End(int mandate, int lastDay) implements Step {

	}

	@Property(tries = 300)
	void acceptedHistories_keepSingleHolderPostsSingle(@ForAll("histories") List<Step> steps) {
		Mandates mandates = new Mandates();
		List<PositionAssigned> assigned = new ArrayList<>();
		List<DateRange> periods = new ArrayList<>();
		for (Step step : steps) {
			if (step instanceof Assign assign) {
				tryAssign(mandates, assign, assigned, periods);
			}
			else if (step instanceof End end && !assigned.isEmpty()) {
				tryEnd(mandates, end, assigned, periods);
			}
		}

		for (int day = 0; day < 120; day++) {
			LocalDate date = START.plusDays(day);
			for (String code : POST_CODES) {
				List<String> holders = new ArrayList<>();
				for (int i = 0; i < assigned.size(); i++) {
					if (assigned.get(i).postCode().equals(code) && periods.get(i).contains(date)) {
						holders.add(assigned.get(i).personId());
					}
				}
				assertThat(holders).as("holders of %s on %s", code, date).doesNotHaveDuplicates();
				if (post(code).singleHolder()) {
					assertThat(holders).as("holders of %s on %s", code, date).hasSizeLessThanOrEqualTo(1);
				}
			}
		}
	}

	private static void tryAssign(Mandates mandates, Assign assign, List<PositionAssigned> assigned,
			List<DateRange> periods) {
		DateRange period = new DateRange(START.plusDays(assign.from()),
				(assign.length() != null) ? START.plusDays(assign.from() + assign.length()) : null);
		String mandateId = "m" + assigned.size();
		try {
			mandates.requireAssignable(mandateId, post(assign.post()), assign.person(), period);
		}
		catch (RuleViolation refused) {
			return;
		}
		PositionAssigned event = new PositionAssigned(mandateId, "u", assign.post(), assign.person(), period.from(),
				period.until(), Locality.LOCAL, "x", "d");
		mandates.assigned(event);
		assigned.add(event);
		periods.add(period);
	}

	private static void tryEnd(Mandates mandates, End end, List<PositionAssigned> assigned, List<DateRange> periods) {
		int index = end.mandate() % assigned.size();
		LocalDate lastDay = START.plusDays(end.lastDay());
		try {
			mandates.requireEndable(assigned.get(index).mandateId(), lastDay);
		}
		catch (RuleViolation | IllegalArgumentException refused) {
			return;
		}
		mandates.ended(new AssignmentEnded(assigned.get(index).mandateId(), "u", lastDay, EndCause.OTHER, "d", null));
		periods.set(index, periods.get(index).endingOn(lastDay));
	}

	private static Post post(String code) {
		return POSTS.find(new PostCode(code)).orElseThrow();
	}

	@Provide
	Arbitrary<List<Step>> histories() {
		Arbitrary<Step> assign = Combinators
			.combine(Arbitraries.of(POST_CODES), Arbitraries.of("p1", "p2", "p3"),
					Arbitraries.integers().between(0, 90), Arbitraries.integers().between(0, 40).injectNull(0.4))
			.as(Assign::new);
		Arbitrary<Step> end = Combinators
			.combine(Arbitraries.integers().between(0, 50), Arbitraries.integers().between(0, 119))
			.as(End::new);
		return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, assign), net.jqwik.api.Tuple.of(1, end))
			.list()
			.ofMaxSize(30);
	}

}
