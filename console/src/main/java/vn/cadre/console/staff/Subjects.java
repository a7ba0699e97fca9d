package vn.cadre.console.staff;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import vn.cadre.console.api.MandateLine;
import vn.cadre.console.api.ReadSide;
import vn.cadre.console.api.ServiceRefused;
import vn.cadre.console.api.UnitEntry;

/**
 * Reads what a staff page is about from the read side. Reading takes the viewer's role,
 * which a member of staff may lack: the page then shows ids where it would show names,
 * and the command side judges the rest.
 */
@Component
class Subjects {

	private final ReadSide readSide;

	Subjects(ReadSide readSide) {
		this.readSide = readSide;
	}

	/** A unit of the register; a page about a unit the register lacks is not found. */
	Subject unit(String unitId) {
		UnitEntry unit = unitOrNull(unitId);
		if (unit == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return new Subject(unit, null, null);
	}

	/** A mandate of a unit; one the unit does not hold is not found. */
	Subject mandate(String unitId, String mandateId) {
		Subject unit = unit(unitId);
		List<MandateLine> mandates = mandatesOrNull(unitId);
		if (mandates == null) {
			return new Subject(unit.unit(), mandateId, null);
		}
		MandateLine mandate = mandates.stream()
			.filter((line) -> line.mandateId().equals(mandateId))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return new Subject(unit.unit(), mandateId, mandate);
	}

	/** The unit of that id, only its id when it cannot be read, none when unknown. */
	UnitEntry unitOrNull(String unitId) {
		return unitOrNull(unitId, null);
	}

	/**
	 * The unit of that id, or none when no id is given or the register has none. Reading
	 * the register takes the viewer's role, which a member of staff may lack: the unit is
	 * then only its id and the label typed (or its id), and the command side judges the
	 * rest.
	 */
	UnitEntry unitOrNull(String unitId, String label) {
		if (unitId == null || unitId.isBlank()) {
			return null;
		}
		try {
			return this.readSide.unit(unitId.strip());
		}
		catch (ServiceRefused refused) {
			if (refused.status() == 404) {
				return null;
			}
			if (refused.status() == 403) {
				String name = (label == null || label.isBlank()) ? unitId.strip() : label;
				return new UnitEntry(unitId.strip(), null, name, null, null, null, null, null);
			}
			throw refused;
		}
	}

	/** A unit's mandates as believed now, or {@code null} when they cannot be read. */
	List<MandateLine> mandatesOrNull(String unitId) {
		try {
			return this.readSide.mandatesOfUnit(unitId, null);
		}
		catch (ServiceRefused refused) {
			if (refused.status() == 403) {
				return null;
			}
			throw refused;
		}
	}

}
