package vn.cadre.assignments.briefing;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import vn.cadre.assignments.document.Citations;

/**
 * Records a briefing after checking what other aggregates know: every document it
 * disseminated is registered, and the unit existed on the day (asked of the unit itself).
 */
public class BriefingCommandHandler {

	private final Repository<Briefing> briefings;

	private final UnitCalendar units;

	private final Citations citations;

	public BriefingCommandHandler(Repository<Briefing> briefings, UnitCalendar units, Citations citations) {
		this.briefings = briefings;
		this.units = units;
		this.citations = citations;
	}

	@CommandHandler
	public void handle(RecordBriefing command) throws Exception {
		command.documents().forEach(number -> this.citations.requireRegistered(number, "documents"));
		this.units.requireActiveOn(command.unitId(), command.heldOn());
		this.briefings.newInstance(() -> new Briefing(command));
	}

	/**
	 * Asks a unit whether it existed on a day; implemented by the unit feature, which
	 * owns that rule.
	 */
	public interface UnitCalendar {

		void requireActiveOn(vn.cadre.kernel.unit.UnitId unitId, java.time.LocalDate day);

	}

}
