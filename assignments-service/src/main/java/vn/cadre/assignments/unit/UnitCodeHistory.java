package vn.cadre.assignments.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import vn.cadre.kernel.unit.CodeAssigned;
import vn.cadre.kernel.unit.CodeReleased;
import vn.cadre.kernel.unit.UnitCodeEvent;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One official code over time: which unit carried it, from when to when. It owns the rule
 * that no two units carry a code on the same day, across every instance of the service,
 * because two claims of one code append to the same stream and only one can win.
 */
public class UnitCodeHistory {

	@AggregateIdentifier
	private String id;

	private String code;

	private List<Holding> holdings = new ArrayList<>();

	/** One unit's time with the code; {@code until} is null while it still carries it. */
	private record Holding(String unitId, LocalDate from, LocalDate until) {

	}

	protected UnitCodeHistory() {
	}

	UnitCodeHistory(String code, String unitId, LocalDate from, String legalBasis) {
		apply(new CodeAssigned(code, unitId, from, legalBasis));
	}

	void assign(String unitId, LocalDate from, String legalBasis) {
		for (Holding holding : this.holdings) {
			if (holding.until() == null || !holding.until().isBefore(from)) {
				throw new CodeInUse(this.code, holding.unitId(), holding.from(), holding.until());
			}
		}
		apply(new CodeAssigned(this.code, unitId, from, legalBasis));
	}

	/**
	 * Frees the code after {@code lastDay}. A unit registered before codes had their own
	 * history holds nothing here, and there is nothing to free.
	 */
	void release(String unitId, LocalDate lastDay, String legalBasis) {
		boolean held = this.holdings.stream()
			.anyMatch(holding -> holding.unitId().equals(unitId) && holding.until() == null);
		if (held) {
			apply(new CodeReleased(this.code, unitId, lastDay, legalBasis));
		}
	}

	@EventSourcingHandler
	void on(CodeAssigned event) {
		this.id = UnitCodeEvent.aggregateIdOf(event.code());
		this.code = event.code();
		this.holdings.add(new Holding(event.unitId(), event.from(), null));
	}

	@EventSourcingHandler
	void on(CodeReleased event) {
		this.holdings.replaceAll(holding -> (holding.unitId().equals(event.unitId()) && holding.until() == null)
				? new Holding(holding.unitId(), holding.from(), event.lastDay()) : holding);
	}

}
