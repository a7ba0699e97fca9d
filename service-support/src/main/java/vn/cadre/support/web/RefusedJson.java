package vn.cadre.support.web;

import java.util.Locale;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import vn.cadre.support.text.Wording;

/**
 * A value of a request body refused while it is read, with its reason in both languages:
 * Jackson adds the field's path on the way out, and {@code RequestBodyProblems} says the
 * reason in the language the request accepts.
 */
final class RefusedJson extends JsonMappingException {

	private final transient Wording reason;

	RefusedJson(JsonParser parser, Wording reason) {
		super(parser, reason.in(Locale.ENGLISH));
		this.reason = reason;
	}

	Wording reason() {
		return this.reason;
	}

}
