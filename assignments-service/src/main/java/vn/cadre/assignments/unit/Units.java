package vn.cadre.assignments.unit;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import vn.cadre.kernel.unit.UnitId;
import vn.cadre.kernel.unit.UnitLevel;

/**
 * The unit repository as the handlers that touch several units need it: an unknown id is
 * a refused reference, and a parent is checked by the parent itself.
 */
class Units {

	private final Repository<AdministrativeUnit> repository;

	private final Predicate<String> exists;

	/**
	 * @param exists whether the event store holds a stream under an id: asked before
	 * creating, since loading an absent aggregate fails (and is logged) by design
	 */
	Units(Repository<AdministrativeUnit> repository, Predicate<String> exists) {
		this.repository = repository;
		this.exists = exists;
	}

	/** The unit, or a refusal naming the command's {@code field} that gave its id. */
	Aggregate<AdministrativeUnit> load(UnitId unitId, String field) {
		try {
			return this.repository.load(unitId.value());
		}
		catch (AggregateNotFoundException ex) {
			throw new UnknownUnit(unitId.value(), field);
		}
	}

	void requireAbsent(UnitId unitId) {
		if (this.exists.test(unitId.value())) {
			throw new UnitIdTaken(unitId.value());
		}
	}

	/**
	 * Within one unit of work a unit created earlier is found too, so a resolution may
	 * place new communes under the new province it forms.
	 */
	void requireParent(UnitId parentId, UnitLevel childLevel, LocalDate day) {
		if (parentId != null) {
			load(parentId, "parentId").execute(parent -> parent.requireCanParent(childLevel, day));
		}
	}

	/**
	 * Creates a unit under an id not yet taken; checked before anything else is changed,
	 * so a resubmitted registration is refused for what it is.
	 */
	void create(UnitId unitId, Callable<AdministrativeUnit> factory) {
		requireAbsent(unitId);
		try {
			this.repository.newInstance(factory);
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not create the unit", ex);
		}
	}

}
