package vn.cadre.reporting.audit;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import vn.cadre.kernel.CadreEvent;
import vn.cadre.kernel.briefing.BriefingEvent;
import vn.cadre.kernel.document.DocumentEvent;
import vn.cadre.kernel.mandate.MandateEvent;
import vn.cadre.kernel.person.PersonEvent;
import vn.cadre.kernel.unit.UnitCodeEvent;
import vn.cadre.kernel.unit.UnitEvent;

/**
 * The event types a filter may name, by simple name, read from the kernel's sealed
 * families so a new event of a family is known without a change here.
 */
final class AuditEventTypes {

	private static final List<Class<? extends CadreEvent>> FAMILIES = List.of(UnitEvent.class, UnitCodeEvent.class,
			MandateEvent.class, PersonEvent.class, DocumentEvent.class, BriefingEvent.class);

	private static final Map<String, Class<?>> BY_SIMPLE_NAME = bySimpleName();

	private AuditEventTypes() {
	}

	static Set<String> simpleNames() {
		return BY_SIMPLE_NAME.keySet();
	}

	static Optional<Class<?>> find(String simpleName) {
		return Optional.ofNullable(BY_SIMPLE_NAME.get(simpleName));
	}

	private static Map<String, Class<?>> bySimpleName() {
		Map<String, Class<?>> types = new TreeMap<>();
		for (Class<?> family : FAMILIES) {
			for (Class<?> type : family.getPermittedSubclasses()) {
				types.put(type.getSimpleName(), type);
			}
		}
		return types;
	}

}
