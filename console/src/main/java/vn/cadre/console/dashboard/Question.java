package vn.cadre.console.dashboard;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What a dashboard shows, bound from its address so that every view can be bookmarked and
 * sent: the scope and its unit, the level counted, a named period or custom days, and the
 * record time ("as known at").
 */
public record Question(String scope, String unitId, String level, String period,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until, String knownAt) {

	static final String CUSTOM = "custom";

	public Question {
		scope = blankTo(scope, "LINEAGE");
		level = blankTo(level, "COMMUNE");
		period = blankTo(period, "two-level-model");
	}

	/**
	 * Whether the question names enough to be asked: a unit, unless the whole country.
	 */
	public boolean answerable() {
		return "COUNTRY".equals(this.scope) || (this.unitId != null && !this.unitId.isBlank());
	}

	public boolean custom() {
		return CUSTOM.equals(this.period);
	}

	/** The read side's query parameters for this question. */
	Map<String, String> parameters() {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("scope", this.scope);
		if (!"COUNTRY".equals(this.scope)) {
			parameters.put("unitId", this.unitId);
		}
		parameters.put("level", this.level);
		if (custom()) {
			parameters.put("from", (this.from != null) ? this.from.toString() : null);
			parameters.put("until", (this.until != null) ? this.until.toString() : null);
		}
		else {
			parameters.put("period", this.period);
		}
		parameters.put("knownAt", this.knownAt);
		return parameters;
	}

	/** This question's own query string, for links to its evidence and its files. */
	public String query() {
		UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
		uri.queryParam("scope", this.scope).queryParam("level", this.level).queryParam("period", this.period);
		optional(uri, "unitId", this.unitId);
		optional(uri, "from", (this.from != null) ? this.from.toString() : null);
		optional(uri, "until", (this.until != null) ? this.until.toString() : null);
		optional(uri, "knownAt", this.knownAt);
		return uri.encode().build().getQuery();
	}

	private static void optional(UriComponentsBuilder uri, String name, String value) {
		if (value != null && !value.isBlank()) {
			uri.queryParam(name, value);
		}
	}

	private static String blankTo(String value, String fallback) {
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
