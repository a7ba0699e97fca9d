package vn.cadre.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** Request bodies as ordered maps that leave out what the user did not give. */
final class Bodies {

	private Bodies() {
	}

	static Map<String, Object> of(Object... keysAndValues) {
		Map<String, Object> body = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			if (keysAndValues[i + 1] != null) {
				body.put((String) keysAndValues[i], keysAndValues[i + 1]);
			}
		}
		return body;
	}

}
