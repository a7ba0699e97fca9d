package vn.cadre.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Request bodies as ordered maps that leave out what the user did not give. */
final class Bodies {

	private static final ObjectMapper JSON = new ObjectMapper();

	/**
	 * Help of every {@code --reason}. The reason travels in the JSON body: a header
	 * carries ASCII only, and reasons are written in Vietnamese.
	 */
	static final String REASON = "why, in free text (Vietnamese welcome, at most 1000 characters); recorded with "
			+ "the event";

	private Bodies() {
	}

	/** Dates and kernel enums as the API takes them: yyyy-MM-dd, the constant's name. */
	private static Object written(Object value) {
		if (value instanceof LocalDate date) {
			return date.toString();
		}
		return (value instanceof Enum<?> constant) ? constant.name() : value;
	}

	/** A request body written by hand in a file: a JSON object. */
	static Map<String, Object> readJson(Path file) throws IOException {
		return JSON.readValue(file.toFile(), new TypeReference<LinkedHashMap<String, Object>>() {
		});
	}

	/**
	 * A body of the given keys and values; a date is written as the API takes it,
	 * yyyy-MM-dd.
	 */
	static Map<String, Object> of(Object... keysAndValues) {
		Map<String, Object> body = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			Object value = keysAndValues[i + 1];
			if (value != null) {
				body.put((String) keysAndValues[i], written(value));
			}
		}
		return body;
	}

}
