package vn.cadre.reporting.projection;

import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.cadre.kernel.unit.UnitRegistered;
import vn.cadre.kernel.unit.UnitType;

/**
 * Brings payloads of older revisions still on the topic (published before a schema
 * change) to the current revision, with the same kernel functions the event store's
 * upcasters use, so a replay from offset 0 reads what a fresh publication would carry.
 */
final class RevisionUpgrades {

	private RevisionUpgrades() {
	}

	/** Returns the revision the payload now has. */
	static String upgrade(String type, String revision, ObjectNode payload) {
		if (UnitRegistered.class.getName().equals(type) && "1".equals(revision)) {
			UnitType unitType = UnitType.valueOf(payload.path("type").asText());
			payload.put("name", UnitRegistered.nameFromRevision1(payload.path("name").asText(), unitType));
			return "2";
		}
		return revision;
	}

}
