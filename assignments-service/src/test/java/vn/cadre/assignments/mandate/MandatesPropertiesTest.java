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
import net.jqwik.api.Tuple;
import vn.cadre.assignments.RuleViolation;
import vn.cadre.kernel.mandate.AssignmentCorrected;
import vn.cadre.kernel.mandate.AssignmentEnded;
import vn.cadre.kernel.mandate.AssignmentRescinded;
import vn.cadre.kernel.mandate.DateRange;
import vn.cadre.kernel.mandate.EndCause;
import vn.cadre.kernel.mandate.Locality;
import vn.cadre.kernel.mandate.PositionAssigned;
import vn.cadre.kernel.post.Post;
import vn.cadre.kernel.post.PostCatalogue;
import vn.cadre.kernel.post.PostCode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random histories of assignments, endings, corrections and rescissions, applied only
 * when the rules accept them, never give a single-holder post two holders on one day, nor
 * a person the same post twice on one day (checked day by day, separately from the rules'
 * own interval logic).
 */
class MandatesPropertiesTest {

	private static final LocalDate START = LocalDate.of(2020, 1, 1);

	private static final PostCatalogue POSTS = PostCatalogue.standard();

	private static final List<String> POST_CODES = List.of("PARTY_SECRETARY", "COMMITTEE_CHAIR",
			"COMMITTEE_VICE_CHAIR");

	sealed interface Step permits Assign, End, Correct, Rescind {

	}

	record Assign(String post, String person, int from, Integer length) implements Step {

	}

	record End(int mandate, int lastDay) implements Step {

	}

	record Correct(int mandate, String post, String person, int from, Integer length) implements Step {

	}

	record Rescind(int mandate) implements Step {

	}

	/**
	 * What the test itself believes of one mandate; {@code live} false once rescinded.
	 */
	record Held(String mandateId, String post, String person, DateRange period, boolean ended, boolean live) {

	}

	@Property(tries = 300)
	void acceptedHistories_keepSingleHolderPostsSingle(@ForAll("histories") List<Step> steps) {
		Mandates mandates = new Mandates();
		List<Held> held = new ArrayList<>();
		for (Step step : steps) {
			if (step instanceof Assign assign) {
				tryAssign(mandates, assign, held);
			}
			else if (!held.isEmpty() && step instanceof End end) {
				tryEnd(mandates, end, held);
			}
			else if (!held.isEmpty() && step instanceof Correct correct) {
				tryCorrect(mandates, correct, held);
			}
			else if (!held.isEmpty() && step instanceof Rescind rescind) {
				tryRescind(mandates, rescind, held);
			}
		}

		for (int day = 0; day < 140; day++) {
			LocalDate date = START.plusDays(day);
			for (String code : POST_CODES) {
				List<String> holders = new ArrayList<>();
				for (Held mandate : held) {
					if (mandate.live() && mandate.post().equals(code) && mandate.period().contains(date)) {
						holders.add(mandate.person());
					}
				}
				assertThat(holders).as("holders of %s on %s", code, date).doesNotHaveDuplicates();
				if (post(code).singleHolder()) {
					assertThat(holders).as("holders of %s on %s", code, date).hasSizeLessThanOrEqualTo(1);
				}
			}
		}
	}

	private static DateRange period(int from, Integer length) {
		return new DateRange(START.plusDays(from), (length != null) ? START.plusDays(from + length) : null);
	}

	private static void tryAssign(Mandates mandates, Assign assign, List<Held> held) {
		DateRange period = period(assign.from(), assign.length());
		String mandateId = "m" + held.size();
		try {
			mandates.requireAssignable(mandateId, post(assign.post()), assign.person(), period);
		}
		catch (RuleViolation refused) {
			return;
		}
		mandates.assigned(new PositionAssigned(mandateId, "u", assign.post(), assign.person(), period.from(),
				period.until(), Locality.LOCAL, "x", "d", List.of()));
		held.add(new Held(mandateId, assign.post(), assign.person(), period, false, true));
	}

	private static void tryEnd(Mandates mandates, End end, List<Held> held) {
		int index = end.mandate() % held.size();
		Held mandate = held.get(index);
		LocalDate lastDay = START.plusDays(end.lastDay());
		try {
			mandates.requireEndable(mandate.mandateId(), lastDay);
		}
		catch (RuntimeException refused) {
			return;
		}
		mandates.ended(new AssignmentEnded(mandate.mandateId(), "u", lastDay, EndCause.OTHER, "d", null));
		held.set(index, new Held(mandate.mandateId(), mandate.post(), mandate.person(),
				mandate.period().endingOn(lastDay), true, true));
	}

	private static void tryCorrect(Mandates mandates, Correct correct, List<Held> held) {
		int index = correct.mandate() % held.size();
		Held mandate = held.get(index);
		DateRange period = period(correct.from(), correct.length());
		try {
			mandates.requireCorrectable(mandate.mandateId(), post(correct.post()), correct.person(), period);
		}
		catch (RuntimeException refused) {
			return;
		}
		mandates.corrected(new AssignmentCorrected(mandate.mandateId(), "u", correct.post(), correct.person(),
				period.from(), period.until(), Locality.LOCAL, "x", List.of(), "r", "d"));
		held.set(index, new Held(mandate.mandateId(), correct.post(), correct.person(), period, mandate.ended(), true));
	}

	private static void tryRescind(Mandates mandates, Rescind rescind, List<Held> held) {
		int index = rescind.mandate() % held.size();
		Held mandate = held.get(index);
		try {
			mandates.requireRescindable(mandate.mandateId());
		}
		catch (RuntimeException refused) {
			return;
		}
		mandates.rescinded(new AssignmentRescinded(mandate.mandateId(), "u", "r", "d"));
		held.set(index, new Held(mandate.mandateId(), mandate.post(), mandate.person(), mandate.period(),
				mandate.ended(), false));
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
		Arbitrary<Step> correct = Combinators
			.combine(Arbitraries.integers().between(0, 50), Arbitraries.of(POST_CODES),
					Arbitraries.of("p1", "p2", "p3"), Arbitraries.integers().between(0, 90),
					Arbitraries.integers().between(0, 40).injectNull(0.3))
			.as(Correct::new);
		Arbitrary<Step> rescind = Arbitraries.integers().between(0, 50).map(Rescind::new);
		return Arbitraries
			.frequencyOf(Tuple.of(6, assign), Tuple.of(2, end), Tuple.of(2, correct), Tuple.of(1, rescind))
			.list()
			.ofMaxSize(30);
	}

}
