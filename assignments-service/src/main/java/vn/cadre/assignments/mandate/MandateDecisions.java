package vn.cadre.assignments.mandate;

import java.util.List;

import vn.cadre.kernel.mandate.AssignmentCorrected;
import vn.cadre.kernel.mandate.AssignmentEnded;
import vn.cadre.kernel.mandate.AssignmentRescinded;
import vn.cadre.kernel.mandate.DateRange;
import vn.cadre.kernel.mandate.PositionAssigned;
import vn.cadre.kernel.person.Origin;
import vn.cadre.kernel.post.Post;
import vn.cadre.kernel.post.PostCatalogue;
import vn.cadre.kernel.post.PostCode;
import vn.cadre.kernel.unit.UnitLevel;

/**
 * The decisions about one unit's mandates: each checks the post, the holder and the rules
 * between the unit's mandates, and returns the event to apply. The unit checks its own
 * days first (a mandate lives within them) and applies what comes back.
 */
public final class MandateDecisions {

	private static final PostCatalogue POSTS = PostCatalogue.standard();

	private final Mandates mandates;

	private final Host host;

	/**
	 * What a decision needs of the unit that holds the mandates: its id, its level (which
	 * posts exist) and the codes it carried (who is local).
	 */
	public record Host(String unitId, UnitLevel level, List<LocalityRule.CodePeriod> lineage) {

	}

	public MandateDecisions(Mandates mandates, Host host) {
		this.mandates = mandates;
		this.host = host;
	}

	public PositionAssigned assign(AssignPosition command, Origin holderOrigin) {
		DateRange period = command.period();
		Post post = post(command.postCode(), period);
		String personId = command.personId().value();
		this.mandates.requireAssignable(command.mandateId(), post, personId, period);
		List<String> concurrent = this.mandates.concurrentWith(command.mandateId(), personId, period);
		Mandates.requireConcurrencyAgrees(command.concurrent(), personId, concurrent);
		LocalityRule.Decision locality = (command.localityOverride() != null)
				? LocalityRule.override(command.localityOverride()) : localityOf(holderOrigin);
		return new PositionAssigned(command.mandateId(), this.host.unitId(), post.code().value(), personId,
				period.from(), period.until(), locality.locality(), locality.basis(), command.legalBasis(), concurrent);
	}

	/** Also asked before an assignment is sent, so staff see the finding first. */
	public LocalityRule.Decision localityOf(Origin holderOrigin) {
		return LocalityRule.decide(holderOrigin, this.host.lineage());
	}

	/**
	 * {@code newHolderOrigin} is looked up when the correction names a holder. Locality
	 * is decided again only when the holder changes or staff give their own finding.
	 */
	public AssignmentCorrected correct(CorrectAssignment command, Origin newHolderOrigin) {
		Mandates.Facts current = this.mandates.current(command.mandateId());
		DateRange period = command.period();
		Post post = post((command.postCode() != null) ? command.postCode() : new PostCode(current.postCode()), period);
		String personId = (command.personId() != null) ? command.personId().value() : current.personId();
		this.mandates.requireCorrectable(command.mandateId(), post, personId, period);
		LocalityRule.Decision locality;
		if (command.localityOverride() != null) {
			locality = LocalityRule.override(command.localityOverride());
		}
		else if (!personId.equals(current.personId())) {
			locality = localityOf(newHolderOrigin);
		}
		else {
			locality = new LocalityRule.Decision(current.locality(), current.localityBasis());
		}
		return new AssignmentCorrected(command.mandateId(), this.host.unitId(), post.code().value(), personId,
				period.from(), period.until(), locality.locality(), locality.basis(),
				this.mandates.concurrentWith(command.mandateId(), personId, period), command.reason(),
				command.legalBasis());
	}

	public AssignmentRescinded rescind(RescindAssignment command) {
		this.mandates.requireRescindable(command.mandateId());
		return new AssignmentRescinded(command.mandateId(), this.host.unitId(), command.reason(), command.legalBasis());
	}

	public AssignmentEnded end(EndAssignment command) {
		this.mandates.requireEndable(command.mandateId(), command.lastDay());
		return new AssignmentEnded(command.mandateId(), this.host.unitId(), command.lastDay(), command.cause(),
				command.legalBasis(), null);
	}

	/**
	 * The post, if the catalogue holds it for the unit's level on the period's first day.
	 */
	private Post post(PostCode postCode, DateRange period) {
		return POSTS.find(postCode)
			.filter(candidate -> candidate.existsAt(this.host.level(), period.from()))
			.orElseThrow(() -> new PostNotAvailable(postCode.value(), this.host.level().name(), period.from()));
	}

}
