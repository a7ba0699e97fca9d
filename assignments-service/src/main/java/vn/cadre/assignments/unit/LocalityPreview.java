package vn.cadre.assignments.unit;

import java.util.function.Supplier;

import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import vn.cadre.assignments.mandate.LocalityRule;
import vn.cadre.assignments.person.PersonOrigins;
import vn.cadre.assignments.person.UnknownPerson;
import vn.cadre.kernel.person.PersonId;
import vn.cadre.kernel.unit.UnitId;

/**
 * Whether a person would be found a local of a unit, and on what basis, asked of the same
 * aggregate and rule an assignment goes through, so staff see the finding before they
 * send it. Nothing is applied: the unit is only read.
 */
public class LocalityPreview {

	private final Supplier<Repository<AdministrativeUnit>> units;

	private final PersonOrigins origins;

	/** The repository is asked for late: Axon builds it after the beans. */
	public LocalityPreview(Supplier<Repository<AdministrativeUnit>> units, PersonOrigins origins) {
		this.units = units;
		this.origins = origins;
	}

	public LocalityRule.Decision of(UnitId unitId, PersonId personId) {
		// one unit of work reads the person and the unit; it changes nothing
		UnitOfWork<?> reading = DefaultUnitOfWork.startAndGet(null);
		try {
			var origin = this.origins.originOf(personId).orElseThrow(() -> new UnknownPerson(personId.value()));
			LocalityRule.Decision decision = this.units.get()
				.load(unitId.value())
				.invoke((unit) -> unit.localityOf(origin));
			reading.rollback();
			return decision;
		}
		catch (AggregateNotFoundException ex) {
			reading.rollback();
			throw new UnknownUnit(unitId.value(), "unitId");
		}
		catch (RuntimeException ex) {
			reading.rollback(ex);
			throw ex;
		}
	}

}
