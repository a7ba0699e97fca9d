package vn.cadre.assignments.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import vn.cadre.kernel.unit.UnitRegistered;
import vn.cadre.kernel.unit.UnitType;

/**
 * {@code UnitRegistered} 1 to 2: the name loses the type word it sometimes carried ("Xã
 * Bình Lư" to "Bình Lư").
 */
public class UnitRegisteredRevision1Upcaster extends SingleEventUpcaster {

	private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(UnitRegistered.class.getName(),
			"1");

	private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(UnitRegistered.class.getName(),
			"2");

	@Override
	protected boolean canUpcast(IntermediateEventRepresentation representation) {
		return REVISION_1.equals(representation.getType());
	}

	@Override
	protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
		return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
			ObjectNode event = (ObjectNode) payload;
			UnitType type = UnitType.valueOf(event.path("type").asText());
			event.put("name", UnitRegistered.nameFromRevision1(event.path("name").asText(), type));
			return event;
		});
	}

}
