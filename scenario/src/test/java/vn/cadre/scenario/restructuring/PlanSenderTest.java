package vn.cadre.scenario.restructuring;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The order a plan goes in, what its outcome counts, and what stops it; the transport is
 * a recording stand-in for the command side.
 */
class PlanSenderTest {

	private final List<String> sent = Collections.synchronizedList(new ArrayList<>());

	private final RestructuringPlan plan = new RestructuringPlan(
			List.of(List.of(command("tinh-1"), command("tinh-2")),
					List.of(command("xa-1"), command("xa-2"), command("xa-3"))),
			List.of(new RestructuringPlan.Resolution(command("nghi-quyet-1"), 3),
					new RestructuringPlan.Resolution(command("nghi-quyet-2"), 2)),
			List.of(command("huyen-1")), 2, 1, 1, 0, 0);

	@Test
	void levelsGoOneAfterAnother_thenTheResolutions_thenTheDistrictsEnds() throws IOException {
		List<String> progress = new ArrayList<>();

		PlanSender.Outcome outcome = new PlanSender(this::accept, 4).send(this.plan,
				(done, total) -> progress.add(done + "/" + total));

		assertThat(this.sent.subList(0, 2)).containsExactlyInAnyOrder("tinh-1", "tinh-2");
		assertThat(this.sent.subList(2, 5)).containsExactlyInAnyOrder("xa-1", "xa-2", "xa-3");
		assertThat(this.sent.subList(5, 8)).containsExactly("nghi-quyet-1", "nghi-quyet-2", "huyen-1");
		assertThat(progress).containsExactly("1/10", "2/10", "3/10", "4/10", "5/10", "8/10", "10/10");
		assertThat(outcome).isEqualTo(new PlanSender.Outcome(5, 2, 8, 0, List.of()));
	}

	@Test
	void aRefusal_isListed_andTheRestStillGo_andWhatWasRecordedCountsApart() throws IOException {
		Set<String> refused = Set.of("xa-2", "nghi-quyet-1");
		Set<String> recorded = Set.of("tinh-1", "tinh-2");

		PlanSender.Outcome outcome = new PlanSender(command -> {
			this.sent.add(command.what());
			return refused.contains(command.what()) ? PlanSender.Answer.refused("409 đã có / taken")
					: PlanSender.Answer.accepted(recorded.contains(command.what()));
		}, 2).send(this.plan, (done, total) -> {
		});

		assertThat(this.sent).hasSize(8);
		assertThat(outcome.registered()).isEqualTo(4);
		assertThat(outcome.resolutions()).isEqualTo(1);
		assertThat(outcome.alreadyRecorded()).isEqualTo(2);
		assertThat(outcome.newCommands()).isEqualTo(6);
		assertThat(outcome.refusals()).containsExactlyInAnyOrder("xa-2: 409 đã có / taken",
				"nghi-quyet-1: 409 đã có / taken");
	}

	@Test
	void aTransportFailure_stopsTheSending_asItCame() {
		IOException down = new IOException("connection refused");
		IllegalStateException forbidden = new IllegalStateException("403");

		assertThatThrownBy(() -> new PlanSender(command -> {
			if (command.what().equals("xa-2")) {
				throw down;
			}
			return accept(command);
		}, 3).send(this.plan, (done, total) -> {
		})).isSameAs(down);
		assertThat(this.sent).as("no resolution goes after the registrations failed")
			.doesNotContain("nghi-quyet-1", "huyen-1");
		assertThatThrownBy(() -> new PlanSender(command -> {
			throw forbidden;
		}, 1).send(this.plan, (done, total) -> {
		})).isSameAs(forbidden);
	}

	private PlanSender.Answer accept(RestructuringPlan.Command command) {
		this.sent.add(command.what());
		return PlanSender.Answer.accepted(false);
	}

	private static RestructuringPlan.Command command(String what) {
		return new RestructuringPlan.Command("/api/" + what, Map.of(), "plan-" + what, what);
	}

}
