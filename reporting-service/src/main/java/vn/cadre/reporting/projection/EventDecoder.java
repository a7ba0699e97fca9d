package vn.cadre.reporting.projection;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.stereotype.Component;
import vn.cadre.kernel.CadreEvent;
import vn.cadre.kernel.PublishedEvent;
import vn.cadre.kernel.Watermark;

/**
 * Reads the JSON envelope of a record back into a {@link PublishedEvent} whose payload is
 * the kernel event record. Only classes of the kernel's event contract are ever
 * instantiated from a type name.
 */
@Component
public class EventDecoder {

	private static final String KERNEL_PACKAGE = "vn.cadre.kernel.";

	private final ObjectMapper json;

	private final Map<String, Class<? extends CadreEvent>> contractClasses = new ConcurrentHashMap<>();

	public EventDecoder(ObjectMapper json) {
		this.json = json;
	}

	public PublishedEvent decode(String value) throws Exception {
		JsonNode envelope = this.json.readTree(value);
		String type = envelope.path("type").asText();
		Class<? extends CadreEvent> payloadType = contractClass(type);
		if (payloadType == null) {
			// looked up again for the reason it is refused
			payloadType = contractType(type);
		}
		JsonNode payloadNode = envelope.get("payload");
		if (!(payloadNode instanceof ObjectNode payloadObject)) {
			throw new IllegalArgumentException("The record has no event payload");
		}
		String revision = RevisionUpgrades.upgrade(type, textOrNull(envelope, "revision"), payloadObject);
		Object payload = this.json.treeToValue(payloadObject, payloadType);
		Map<String, String> metaData = this.json.convertValue(envelope.path("metaData"), new TypeReference<>() {
		});
		return new PublishedEvent(envelope.path("eventId").asText(), type, revision, envelope.path("position").asLong(),
				textOrNull(envelope, "aggregateType"), textOrNull(envelope, "aggregateId"),
				envelope.path("sequence").asLong(), Instant.parse(envelope.path("recordedAt").asText()), metaData,
				payload);
	}

	public Watermark watermark(String value) throws Exception {
		return this.json.readValue(value, Watermark.class);
	}

	/**
	 * The contract class a record's type names, or null for a name that is none: such a
	 * record is decoded, and refused, as any other. Only classes found are remembered, so
	 * what a record may name never grows the map past the contract.
	 */
	public Class<? extends CadreEvent> contractClass(String type) {
		Class<? extends CadreEvent> known = this.contractClasses.get(type);
		if (known != null) {
			return known;
		}
		try {
			Class<? extends CadreEvent> found = contractType(type);
			this.contractClasses.put(type, found);
			return found;
		}
		catch (ClassNotFoundException | IllegalArgumentException | LinkageError ex) {
			return null;
		}
	}

	private static Class<? extends CadreEvent> contractType(String type) throws ClassNotFoundException {
		if (!type.startsWith(KERNEL_PACKAGE)) {
			throw new IllegalArgumentException("Not an event of the kernel's contract: " + type);
		}
		Class<?> candidate = Class.forName(type, false, EventDecoder.class.getClassLoader());
		if (!CadreEvent.class.isAssignableFrom(candidate)) {
			throw new IllegalArgumentException("Not an event of the kernel's contract: " + type);
		}
		return candidate.asSubclass(CadreEvent.class);
	}

	private static String textOrNull(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value == null || value.isNull()) ? null : value.asText();
	}

}
