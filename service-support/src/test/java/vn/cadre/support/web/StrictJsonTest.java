package vn.cadre.support.web;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.cadre.support.web.StrictJson.MultilineText;
import vn.cadre.support.web.StrictJson.RawText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Request bodies are read exactly as written or refused with the field named; the lenient
 * mapper the events are read with stays lenient.
 */
class StrictJsonTest {

	enum Kind {

		DECREE, RESOLUTION

	}

	record Body(String name, Integer count, int year, Boolean flag, LocalDate from, LocalDate until, Kind kind,
			List<String> codes, @MultilineText String reason, @RawText String password) {
	}

	private final ObjectMapper lenient = new ObjectMapper().registerModule(new JavaTimeModule());

	private final ObjectMapper strict = StrictJson.strict(this.lenient.copy());

	@Test
	void aWellFormedBody_isReadWithItsTextInCanonicalForm() throws Exception {
		// "Cán bộ" written decomposed (a + combining acute, o + combining circumflex and
		// dot)
		Body body = this.strict.readValue("""
				{"name":"  Ca\u0301n bo\u0323\u0302 07 ","count":2,"year":1980,"flag":true,"from":"2025-07-01",
				 "kind":"DECREE","codes":["  01 "],"reason":"dòng một\\ndòng hai"}""", Body.class);

		assertThat(body.name()).isEqualTo("Cán bộ 07");
		assertThat(body.count()).isEqualTo(2);
		assertThat(body.from()).isEqualTo(LocalDate.of(2025, 7, 1));
		assertThat(body.until()).isNull();
		assertThat(body.codes()).containsExactly("01");
		assertThat(body.reason()).isEqualTo("dòng một\ndòng hai");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiterString = " => ", textBlock = """
			NUL in a name                 => {"name":"Cán\\u0000bộ"}                       => name
			an ANSI escape                => {"name":"\\u001b[31mCán bộ"}                 => name
			BEL                           => {"name":"Cán bộ\\u0007"}                      => name
			a line break outside a reason => {"name":"Cán\\nbộ"}                           => name
			a bidi override               => {"name":"\\u202eCán bộ"}                      => name
			zero-width characters only    => {"name":"\\u200b\\u200b"}                     => name
			a lone surrogate              => {"name":"Cán \\ud800bộ"}                      => name
			an invisible tag character    => {"name":"Cán bộ\\udb40\\udc41"}             => name
			a text inside a list          => {"codes":["01","\\u202e02"]}                  => codes
			a number for a text           => {"name":12}                                   => name
			a day as a number             => {"from":20250101}                             => from
			a day with a sign             => {"from":"+99999-01-01"}                       => from
			a far-future day              => {"until":"9999-12-31"}                        => until
			year zero                     => {"from":"0000-01-01"}                         => from
			a day that does not exist     => {"from":"2025-02-30"}                         => from
			a day in another format       => {"from":"01/07/2025"}                         => from
			a fraction for a count        => {"count":2.5}                                 => count
			a fraction for a year         => {"year":1980.7}                               => year
			a count as a text             => {"count":"2"}                                 => count
			a year as a text              => {"year":"1980"}                               => year
			a flag as a text              => {"flag":"true"}                               => flag
			a flag as a number            => {"flag":1}                                    => flag
			an enum as a number           => {"kind":0}                                    => kind
			an unknown field              => {"name":"Cán bộ 07","nmae":"x"}               => nmae
			""")
	void aBadValue_isRefusedNamingItsField(String what, String json, String field) {
		assertThatThrownBy(() -> this.strict.readValue(json, Body.class)).as(what)
			.isInstanceOfSatisfying(JsonMappingException.class,
					ex -> assertThat(ex.getPath()).extracting(JsonMappingException.Reference::getFieldName)
						.contains(field));
	}

	@Test
	void whiteSpaceAlone_isAnEmptyText_forTheFieldsOwnRuleToRefuse() throws Exception {
		assertThat(this.strict.readValue("{\"name\":\"   \"}", Body.class).name()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "{\"name\":\"a\",\"name\":\"b\"}", "{\"name\":\"a\"} {\"name\":\"b\"}", "{\"name\":\"a\"} x" })
	void duplicateKeysAndTrailingContent_areRefused(String json) {
		assertThatThrownBy(() -> this.strict.readValue(json, Body.class))
			.isInstanceOf(com.fasterxml.jackson.core.JacksonException.class);
	}

	@Test
	void aSecret_isReadAsSent() throws Exception {
		String decomposed = " Ma\u0323\u0302t kha\u0309u ";

		assertThat(this.strict
			.readValue(this.lenient.writeValueAsString(java.util.Map.of("password", decomposed)), Body.class)
			.password()).isEqualTo(decomposed);
	}

	@Test
	void theMapperItWasCopiedFrom_staysLenient() throws Exception {
		Body body = this.lenient.readValue("{\"count\":\"2\",\"year\":1980.7}", Body.class);

		assertThat(body.count()).isEqualTo(2);
		assertThat(body.year()).isEqualTo(1980);
	}

}
