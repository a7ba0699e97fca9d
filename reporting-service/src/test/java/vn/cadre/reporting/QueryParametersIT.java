package vn.cadre.reporting;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.cadre.support.testing.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every query parameter of the read side that a client can get wrong, one row each: the
 * answer is 400 {@code application/problem+json} naming the parameter, never a 500, and
 * nothing given is read as a query operator. A new endpoint with parameters adds its rows
 * here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QueryParametersIT {

	private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

	private static final String MEASURES = "scope=UNIT&unitId=binh-lu&period=old-model";

	private static final String RESTATEMENT = MEASURES + "&knownFrom=2025-08-01T00:00:00Z";

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		ReadSideTesting.servers(registry, "query_parameters_" + RUN, "cadre.events.parameters." + RUN);
	}

	private TestRestTemplate http;

	@Autowired
	void signIn(TestRestTemplate http) {
		this.http = http.withBasicAuth(TestUsers.EVERYONE, TestUsers.PASSWORD);
	}

	/** Path, the valid query it extends, the parameter given wrong and its value. */
	static Stream<Arguments> refused() {
		return Stream.of(
				// the register: a code is a literal unit code, never a filter
				arguments("/api/units", "", "code", "{\"$gt\":\"\"}"),
				arguments("/api/units", "", "code", "03412' || '1'=='1"), arguments("/api/units", "", "page", "-1"),
				arguments("/api/units", "", "page", "x"), arguments("/api/units", "", "page", "2147483647"),
				arguments("/api/units", "", "size", "100000"), arguments("/api/units", "", "size", "0"),
				arguments("/api/units", "code=03412", "on", "2025-13-01"),
				arguments("/api/units", "code=03412", "on", "20250101"),
				arguments("/api/units", "code=03412", "on", "+99999-01-01"),
				arguments("/api/units/binh-lu/lineage", "", "asOf", "1900-01-01"),
				arguments("/api/units/binh-lu/lineage", "", "asOf", "2025-02-30"),
				// measures, their CSV and their restatement
				arguments("/api/measures", MEASURES, "evidenceLimit", "-1"),
				arguments("/api/measures", MEASURES, "evidenceLimit", "5001"),
				arguments("/api/measures", MEASURES, "evidenceOffset", "-1"),
				arguments("/api/measures", "unitId=binh-lu&period=old-model", "scope", "TOWN"),
				arguments("/api/measures", MEASURES, "level", "{\"$ne\":null}"),
				arguments("/api/measures", "scope=UNIT&unitId=binh-lu&until=2025-06-30", "from", "2025-13-01"),
				arguments("/api/measures", "scope=UNIT&unitId=binh-lu&from=2017-01-01", "until", "20250630"),
				arguments("/api/measures", "scope=UNIT&unitId=binh-lu&from=2017-01-01", "until", "9999-12-31"),
				arguments("/api/measures", "scope=UNIT&unitId=binh-lu", "on", "0000-01-01"),
				arguments("/api/measures", MEASURES, "knownAt", "yesterday"),
				arguments("/api/measures", MEASURES, "knownAt", "-1"),
				arguments("/api/measures", MEASURES, "knownAt", "1754006400000"),
				arguments("/api/measures", MEASURES, "knownAt", "+99999-01-01T00:00:00Z"),
				arguments("/api/measures/csv", "scope=UNIT&unitId=binh-lu", "on", "2101-01-01"),
				arguments("/api/measures/csv", MEASURES, "knownAt", "2025-08-01"),
				arguments("/api/measures/restatement", MEASURES, "knownFrom", "-"),
				arguments("/api/measures/restatement", RESTATEMENT, "knownTo", "3000-01-01T00:00:00Z"),
				arguments("/api/measures/restatement", RESTATEMENT, "from", "2025-7-1"),
				// the report
				arguments("/api/units/binh-lu/report", "", "since", "2017-13-01"),
				arguments("/api/units/binh-lu/report", "", "until", "9999-12-31"),
				arguments("/api/units/binh-lu/report", "since=2017-01-01", "until", "2016-12-31"),
				arguments("/api/units/binh-lu/report", "", "knownAt", "now"),
				arguments("/api/units/binh-lu/report", "", "knownAt", "0"),
				// the audit log and its digests
				arguments("/api/audit/events", "", "page", "-1"), arguments("/api/audit/events", "", "size", "100000"),
				arguments("/api/audit/events", "", "validFrom", "20250101"),
				arguments("/api/audit/events", "", "validTo", "+99999-01-01"),
				arguments("/api/audit/events", "", "recordedFrom", "-1"),
				arguments("/api/audit/events", "", "recordedTo", "2200-01-01T00:00:00Z"),
				arguments("/api/audit/events", "", "after", "-1"), arguments("/api/audit/events", "", "after", "12abc"),
				arguments("/api/audit/events", "", "lineage", "maybe"),
				arguments("/api/audit/events", "", "size", "fifty"),
				arguments("/api/audit/events", "", "page", "3000000000"),
				arguments("/api/audit/events", "", "validTo", "01/07/2025"),
				arguments("/api/audit/events", "", "validFrom", "0000-01-01"),
				arguments("/api/audit/events", "", "recordedFrom", "2025-07-01"),
				arguments("/api/audit/events", "validFrom=2025-07-02", "validTo", "2025-07-01"),
				arguments("/api/audit/events", "", "type", "EndDateUpdated"),
				arguments("/api/audit/events", "page=2", "after", "1200"),
				arguments("/api/audit/digests", "", "page", "-1"),
				arguments("/api/audit/digests", "", "size", "100000"),
				// dead letters
				arguments("/admin/dead-letters", "", "page", "-1"), arguments("/admin/dead-letters", "", "size", "0"),
				arguments("/admin/dead-letters", "", "size", "501"));
	}

	@ParameterizedTest(name = "{0}?{1} {2}={3}")
	@MethodSource
	void refused(String path, String query, String parameter, String value) {
		URI uri = uri(path, query, parameter, value);

		ResponseEntity<Map> answer = this.http.exchange(uri, HttpMethod.GET, new HttpEntity<>(accepting(path)),
				Map.class);

		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat((String) answer.getBody().get("detail")).contains(parameter);
	}

	@Test
	void aRefusedParameter_isNamedInTheProblem_withWhatItMustBe() {
		ResponseEntity<Map> answer = this.http.exchange(uri("/api/units", "", "size", "100000"), HttpMethod.GET,
				new HttpEntity<>(json()), Map.class);

		assertThat(answer.getBody()).containsEntry("parameter", "size")
			.containsEntry("detail",
					"size phải là một số nguyên từ 1 đến 500, đã nhận '100000' / size must be a whole number from 1 to 500, was '100000'");
	}

	@Test
	void anAuditParameter_isNamed_withWhatItMustBe() {
		ResponseEntity<Map> answer = this.http.exchange(uri("/api/audit/events", "", "lineage", "maybe"),
				HttpMethod.GET, new HttpEntity<>(json()), Map.class);

		assertThat(answer.getBody()).containsEntry("parameter", "lineage")
			.containsEntry("detail",
					"lineage phải là true hoặc false, đã nhận 'maybe' / lineage must be true or false, was 'maybe'");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
							vi-VN                | /api/units?size=100000            | size phải là một số nguyên từ 1 đến 500, đã nhận '100000'
							en-GB, vi;q=0.5      | /api/units?size=100000            | size must be a whole number from 1 to 500, was '100000'
							vi                   | /api/units/no-such-unit           | Không tìm thấy đơn vị no-such-unit
							en                   | /api/audit/events?page=1&after=20 | page and after cannot be combined: after already says where the page starts
							vi                   | /api/measures?scope=UNIT&on=2025-07-01 | Thiếu unitId cho phạm vi UNIT
					en                   | /api/measures/csv?scope=COUNTRY&on=2025-07-01&table=NO_SUCH | No table NO_SUCH
					en                   | /api/units?q=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa | q must be 1 to 100 characters, was 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…'
					vi                   | /api/units?q=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa | q phải là từ 1 đến 100 ký tự, đã nhận 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…'
							vi                   | /api/units?minPosition=-3         | Cadre-Min-Position phải là một vị trí (số nguyên từ 0 trở lên), đã nhận '-3'
							""")
	void aRefusal_isSaidInTheLanguageTheRequestAccepts(String language, String path, String detail) {
		HttpHeaders headers = accepting(
				path.contains("/csv?") ? MediaType.parseMediaType("text/csv") : MediaType.APPLICATION_JSON);
		headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);

		ResponseEntity<Map> answer = this.http.exchange(URI.create(path), HttpMethod.GET, new HttpEntity<>(headers),
				Map.class);

		assertThat(answer.getStatusCode().is4xxClientError()).as(path).isTrue();
		assertThat(answer.getBody()).containsEntry("detail", detail);
	}

	@Test
	void theCsvRegister_refusesAPageTheSameWay() {
		ResponseEntity<Map> answer = this.http.exchange(uri("/api/units", "", "size", "100000"), HttpMethod.GET,
				new HttpEntity<>(accepting(MediaType.parseMediaType("text/csv"))), Map.class);

		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(answer.getBody()).containsEntry("parameter", "size")
			.containsEntry("detail",
					"size phải là một số nguyên từ 1 đến 5000, đã nhận '100000' / size must be a whole number from 1 to 5000, was '100000'");
	}

	@Test
	void valuesWithinTheirBounds_areAnsweredAsBefore() {
		for (String path : List.of("/api/units?code=03412&on=2025-06-30", "/api/units?page=0&size=500",
				"/api/audit/digests?page=0&size=500", "/api/audit/events?validFrom=1945-01-01&validTo=2100-12-31",
				"/api/measures?scope=LEVEL&level=COMMUNE&from=2017-01-01&until=2025-06-30&evidenceLimit=0",
				"/admin/dead-letters?size=500")) {
			assertThat(this.http.exchange(URI.create(path), HttpMethod.GET, new HttpEntity<>(json()), String.class)
				.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
		}
	}

	private static URI uri(String path, String query, String parameter, String value) {
		String given = parameter + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
		return URI.create(path + "?" + (query.isEmpty() ? given : query + "&" + given));
	}

	private static HttpHeaders json() {
		return accepting(MediaType.APPLICATION_JSON);
	}

	/** What a client of the path accepts: CSV for the endpoints that answer only CSV. */
	private static HttpHeaders accepting(String path) {
		return accepting(path.endsWith("/csv") ? MediaType.parseMediaType("text/csv") : MediaType.APPLICATION_JSON);
	}

	private static HttpHeaders accepting(MediaType answer) {
		HttpHeaders headers = new HttpHeaders();
		headers.setAccept(List.of(answer, MediaType.APPLICATION_PROBLEM_JSON));
		return headers;
	}

}
