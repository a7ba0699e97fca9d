package vn.cadre.assignments;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.cadre.kernel.EventWire;
import vn.cadre.kernel.mandate.AssignmentCorrected;
import vn.cadre.kernel.mandate.AssignmentEnded;
import vn.cadre.kernel.mandate.AssignmentRescinded;
import vn.cadre.kernel.mandate.Locality;
import vn.cadre.kernel.mandate.PositionAssigned;
import vn.cadre.kernel.unit.CodeSpan;
import vn.cadre.kernel.unit.UnitMergedInto;
import vn.cadre.kernel.unit.UnitSplit;
import vn.cadre.kernel.unit.UnitsMerged;
import vn.cadre.support.security.Role;
import vn.cadre.support.testing.TestInfrastructure;
import vn.cadre.support.testing.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command side end to end on real servers: HTTP in, an event stored in MongoDB
 * (mongo-java-server), the same event on the Kafka topic (embedded KRaft broker) with its
 * headers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AssignmentsServiceIT {

	private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

	private static final String DATABASE = "assignments_it_" + RUN;

	/** Codes are unique per day across the register, so each test takes its own. */
	private static final AtomicInteger CODES = new AtomicInteger(10000);

	private static final String TOPIC = "cadre.events.it." + RUN;

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		registry.add("spring.data.mongodb.uri", TestInfrastructure::mongoUri);
		registry.add("cadre.security.users-file", TestUsers::file);
		registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrap);
		registry.add("cadre.assignments.database", () -> DATABASE);
		registry.add("cadre.assignments.topic", () -> TOPIC);
		registry.add("cadre.assignments.partitions", () -> 3);
		registry.add("cadre.http.max-body-bytes", () -> "256KB");
		registry.add("cadre.http.max-string-length", () -> 5000);
		registry.add("cadre.http.max-list-length", () -> 300);
	}

	private TestRestTemplate http;

	@Autowired
	void signIn(TestRestTemplate http) {
		this.http = http.withBasicAuth(TestUsers.EVERYONE, TestUsers.PASSWORD);
	}

	@Autowired
	private MongoClient mongo;

	@Autowired
	private ObjectMapper json;

	@Autowired
	private EventStorageEngine engine;

	@BeforeEach
	void citedDocuments() {
		registerDocument("1670/NQ-UBTVQH15", "2025-06-16", "Ủy ban Thường vụ Quốc hội", "RESOLUTION");
		registerDocument("Nghị định 2008", "2008-01-01", "Chính phủ", "DECREE");
	}

	@Test
	void aCitationOfAnUnregisteredDocument_isRefusedAs422_andStoresNothing() {
		long before = commits();

		ResponseEntity<Map> response = post(Map.of("code", "03390", "name", "Bình Lư", "type", "COMMUNE",
				"establishedOn", "2025-07-01", "legalBasis", "999/NQ-KHONGCO"));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat((String) response.getBody().get("detail")).contains("999/NQ-KHONGCO");
		assertThat(response.getBody()).as("a form shows it next to the legal basis")
			.containsEntry("field", "legalBasis");
		String unitId = unit("don-vi-7-" + RUN, freshCode(), "Xã Bảy", "COMMUNE");
		before = commits();
		ResponseEntity<Map> unitCited = post(Map.of("code", freshCode(), "name", "Bình Lư", "type", "COMMUNE",
				"establishedOn", "2025-07-01", "legalBasis", unitId));
		assertThat(unitCited.getStatusCode()).as("a unit's id is no document")
			.isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(unitCited.getBody()).containsEntry("field", "legalBasis");
		assertThat(commits()).isEqualTo(before);
	}

	@Test
	void theRegister_saysWhichCitedDocumentsItHolds() {
		ResponseEntity<Map> answer = this.http.getForEntity(
				"/api/documents/registered?number={a}&number={b}&number={c}", Map.class, "1670/NQ-UBTVQH15",
				"  1670/NQ-UBTVQH15 ", "99/NQ-KHONGCO " + RUN);
		ResponseEntity<Map> viewer = this.http.withBasicAuth(TestUsers.nameOf(Role.VIEWER), TestUsers.PASSWORD)
			.getForEntity("/api/documents/registered?number={a}", Map.class, "1670/NQ-UBTVQH15");

		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(answer.getBody()).containsEntry("registered", List.of("1670/NQ-UBTVQH15"))
			.containsEntry("missing", List.of("99/NQ-KHONGCO " + RUN));
		assertThat(viewer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void aDocumentRegisteredTwice_isRefusedTheSecondTime() {
		String number = "77-KH/ĐU " + RUN;
		assertThat(registerDocument(number, "2026-04-10", "Đảng ủy xã Bình Lư", "PLAN")).isEqualTo(HttpStatus.CREATED);
		assertThat(registerDocument(number, "2026-04-10", "Đảng ủy xã Bình Lư", "PLAN")).isEqualTo(HttpStatus.CONFLICT);
	}

	@Test
	void registeredUnit_isStoredAndPublishedWithItsHeaders() throws Exception {
		ResponseEntity<Map> response = post(Map.of("code", freshCode(), "name", "Bình Lư", "type", "COMMUNE",
				"establishedOn", "2025-07-01", "legalBasis", "1670/NQ-UBTVQH15", "reason",
				"Thành lập theo Nghị quyết\nsắp xếp đơn vị hành chính"));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String unitId = (String) response.getBody().get("unitId");
		assertThat(response.getHeaders().getLocation()).hasToString("/api/units/" + unitId);

		ConsumerRecord<String, String> record = firstRecordFor(unitId);
		assertThat(header(record, EventWire.HEADER_EVENT_TYPE)).isEqualTo("vn.cadre.kernel.unit.UnitRegistered");
		assertThat(header(record, EventWire.HEADER_REVISION)).isEqualTo("2");
		assertThat(header(record, EventWire.HEADER_SEQUENCE)).isEqualTo("0");
		assertThat(Long.parseLong(header(record, EventWire.HEADER_POSITION))).isPositive();
		JsonNode envelope = this.json.readTree(record.value());
		assertThat(envelope.path("payload").path("name").asText()).isEqualTo("Bình Lư");
		assertThat(envelope.path("payload").path("establishedOn").asText()).isEqualTo("2025-07-01");
		assertThat(envelope.path("metaData").path("actor").asText()).isEqualTo(TestUsers.EVERYONE);
		assertThat(envelope.path("metaData").path("legalBasis").asText()).isEqualTo("1670/NQ-UBTVQH15");
		assertThat(envelope.path("metaData").path("reason").asText())
			.isEqualTo("Thành lập theo Nghị quyết\nsắp xếp đơn vị hành chính");
		assertThat(envelope.path("metaData").path("correlationId").asText()).isNotBlank();
	}

	@Test
	void retryWithTheSameUnitId_isRefusedAs409_andStoresNothingMore() {
		Map<String, String> body = Map.of("unitId", "retry-" + RUN, "code", freshCode(), "name", "Sơn Bình", "type",
				"COMMUNE", "establishedOn", "2008-01-01", "legalBasis", "Nghị định 2008");
		assertThat(post(body).getStatusCode()).isEqualTo(HttpStatus.CREATED);
		long after = commits();

		ResponseEntity<Map> retry = post(body);

		assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat((String) retry.getBody().get("detail")).as("in both languages when none is asked for")
			.isEqualTo("Mã định danh retry-" + RUN + " đã được dùng / This id is already taken: retry-" + RUN);
		assertThat(refusalIn("vi-VN,vi;q=0.9,en;q=0.5", body)).isEqualTo("Mã định danh retry-" + RUN + " đã được dùng");
		assertThat(refusalIn("en-GB", body)).isEqualTo("This id is already taken: retry-" + RUN);
		assertThat(refusalIn("fr", body)).as("neither asked for: both").contains(" / ");
		assertThat(commits()).isEqualTo(after);
	}

	private String refusalIn(String acceptLanguage, Map<String, String> body) {
		HttpHeaders headers = json();
		headers.set(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
		return (String) this.http.postForEntity("/api/units", new HttpEntity<>(body, headers), Map.class)
			.getBody()
			.get("detail");
	}

	@Test
	void resubmittedCommandId_returnsTheFirstOutcome_andAppendsNothing() {
		String commandId = "cmd-" + UUID.randomUUID();
		Map<String, String> body = Map.of("code", freshCode(), "name", "Bình Lư", "type", "COMMUNE", "establishedOn",
				"2008-01-01", "legalBasis", "Nghị định 2008");
		ResponseEntity<Map> first = post(body, commandId);
		long after = commits();

		ResponseEntity<Map> again = post(body, commandId);

		assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(again.getBody()).isEqualTo(first.getBody());
		assertThat(again.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
		assertThat(again.getHeaders().getFirst("X-Command-Replayed")).isEqualTo("true");
		assertThat(commits()).isEqualTo(after);
	}

	@Test
	void aRefusedCommand_isRefusedAgainOnResubmission() {
		String commandId = "cmd-" + UUID.randomUUID();
		Map<String, String> invalid = Map.of("code", "3412");

		assertThat(post(invalid, commandId).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(post(invalid, commandId).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void aCommandIdReusedForAnotherRequest_isRefused() {
		String commandId = "cmd-" + UUID.randomUUID();
		post(Map.of("code", freshCode(), "name", "Sơn Bình", "type", "COMMUNE", "establishedOn", "2008-01-01",
				"legalBasis", "Nghị định 2008"), commandId);
		long after = commits();

		ResponseEntity<Map> reused = post(Map.of("code", freshCode(), "name", "Tam Đường", "type", "TOWNSHIP",
				"establishedOn", "2008-01-01", "legalBasis", "Nghị định 2008"), commandId);

		assertThat(reused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(commits()).isEqualTo(after);
	}

	@Test
	void aPerson_isRegistered_andAnOriginCorrectionNeedsAReason() {
		String personId = "can-bo-" + RUN;
		Map<String, Object> origin = Map.of("hometownCode", "03413", "hometownOn", "2019-01-01");
		ResponseEntity<Map> registered = this.http.postForEntity("/api/people",
				Map.of("personId", personId, "name", "Cán bộ 07", "birthYear", 1980, "origin", origin), Map.class);
		ResponseEntity<Map> withoutReason = this.http.postForEntity("/api/people/{id}/origin",
				Map.of("origin", Map.of("hometownCode", "03390", "hometownOn", "2019-01-01")), Map.class, personId);
		ResponseEntity<Map> unchanged = this.http.postForEntity("/api/people/{id}/origin",
				Map.of("origin", origin, "reason", "kiểm tra"), Map.class, personId);

		assertThat(registered.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(withoutReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(unchanged.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(unchanged.getBody()).containsEntry("rule", "OriginUnchanged");
	}

	@Test
	void assigningAndEndingMandates_followsTheRules() {
		registerDocument("05-QĐ/TU", "2025-07-01", "Ban Thường vụ Tỉnh ủy", "DECISION");
		String unitId = "unit-m-" + RUN;
		post(Map.of("unitId", unitId, "code", freshCode(), "name", "Bình Lư", "type", "COMMUNE", "establishedOn",
				"2025-07-01", "legalBasis", "1670/NQ-UBTVQH15"));
		for (String person : new String[] { "bt-" + RUN, "ct-" + RUN }) {
			this.http.postForEntity("/api/people", Map.of("personId", person, "name", "Cán bộ", "birthYear", 1978,
					"origin", Map.of("hometownCode", "03413", "hometownOn", "2019-01-01")), Map.class);
		}

		ResponseEntity<Map> secretary = assign(unitId, "PARTY_SECRETARY", "bt-" + RUN, "2025-07-01");
		ResponseEntity<Map> second = assign(unitId, "PARTY_SECRETARY", "ct-" + RUN, "2025-08-01");
		ResponseEntity<Map> stranger = assign(unitId, "COMMITTEE_CHAIR", "nobody-" + RUN, "2025-07-01");
		ResponseEntity<Map> wrongLevel = assign(unitId, "COURT_PRESIDENT", "ct-" + RUN, "2025-07-01");
		String mandateId = (String) secretary.getBody().get("mandateId");
		ResponseEntity<Void> ended = this.http.postForEntity("/api/units/{u}/mandates/{m}/end",
				Map.of("lastDay", "2025-12-31", "cause", "TRANSFERRED", "legalBasis", "05-QĐ/TU"), Void.class, unitId,
				mandateId);
		ResponseEntity<Map> unknown = this.http.postForEntity("/api/units/{u}/mandates/{m}/end",
				Map.of("lastDay", "2025-12-31", "cause", "TRANSFERRED", "legalBasis", "05-QĐ/TU"), Map.class, unitId,
				"no-such-mandate");
		ResponseEntity<Map> successor = assign(unitId, "PARTY_SECRETARY", "ct-" + RUN, "2026-01-01");

		assertThat(secretary.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(second.getBody()).containsEntry("rule", "PostAlreadyHeld");
		assertThat(stranger.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(wrongLevel.getBody()).containsEntry("rule", "PostNotAvailable");
		assertThat(ended.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(successor.getStatusCode()).isEqualTo(HttpStatus.CREATED);

		String chair = (String) assign(unitId, "COUNCIL_CHAIR", "ct-" + RUN, "2026-01-01").getBody().get("mandateId");
		ResponseEntity<Map> noReason = this.http.postForEntity("/api/units/{u}/mandates/{m}/correct",
				Map.of("from", "2026-01-02", "legalBasis", "05-QĐ/TU"), Map.class, unitId, chair);
		ResponseEntity<Map> endsBeforeItStarts = this.http.postForEntity("/api/units/{u}/mandates/{m}/correct",
				Map.of("from", "2026-01-02", "until", "2026-01-01", "reason", "Ghi sai ngày", "legalBasis", "05-QĐ/TU"),
				Map.class, unitId, chair);
		ResponseEntity<Map> endedBeforeItBegan = this.http.postForEntity("/api/units/{u}/mandates/{m}/end",
				Map.of("lastDay", "2025-12-31", "cause", "RESIGNED", "legalBasis", "05-QĐ/TU"), Map.class, unitId,
				chair);
		ResponseEntity<Map> corrected = this.http.postForEntity("/api/units/{u}/mandates/{m}/correct",
				Map.of("from", "2026-01-02", "reason", "Ghi sai ngày", "legalBasis", "05-QĐ/TU"), Map.class, unitId,
				chair);
		ResponseEntity<Map> rescinded = this.http.postForEntity("/api/units/{u}/mandates/{m}/rescind",
				Map.of("reason", "Nhập nhầm", "legalBasis", "05-QĐ/TU"), Map.class, unitId, chair);
		ResponseEntity<Map> again = this.http.postForEntity("/api/units/{u}/mandates/{m}/rescind",
				Map.of("reason", "Nhập nhầm", "legalBasis", "05-QĐ/TU"), Map.class, unitId, chair);

		assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(noReason.getBody().get("errors").toString()).contains("reason");
		assertThat(endsBeforeItStarts.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(endsBeforeItStarts.getBody()).containsEntry("field", "until");
		assertThat((String) endsBeforeItStarts.getBody().get("detail")).startsWith("Ngày kết thúc 2026-01-01 trước");
		assertThat(endedBeforeItBegan.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(endedBeforeItBegan.getBody()).containsEntry("rule", "EndBeforeStart");
		assertThat(corrected.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(rescinded.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(again.getBody()).containsEntry("rule", "MandateRescinded");
		assertThat(events(unitId)).contains("AssignmentCorrected 2026-01-02", "AssignmentRescinded");
	}

	private ResponseEntity<Map> assign(String unitId, String post, String person, String from) {
		return this.http.postForEntity("/api/units/{id}/mandates",
				Map.of("postCode", post, "personId", person, "from", from, "legalBasis", "05-QĐ/TU"), Map.class,
				unitId);
	}

	@Test
	void mergeCommunes_endsThePredecessorsAndTheirMandates_andTheSuccessorKnowsTheirCodes() {
		registerDocument("05-QĐ/TU", "2025-07-01", "Ban Thường vụ Tỉnh ủy", "DECISION");
		String tamDuongCode = freshCode();
		String binhLuCode = freshCode();
		String sonBinhCode = freshCode();
		String tamDuong = unit("tam-duong-" + RUN, tamDuongCode, "Thị trấn Tam Đường", "TOWNSHIP");
		String binhLuOld = unit("binh-lu-cu-" + RUN, binhLuCode, "Xã Bình Lư", "COMMUNE");
		String sonBinh = unit("son-binh-" + RUN, sonBinhCode, "Xã Sơn Bình", "COMMUNE");
		String spare = unit("khac-" + RUN, freshCode(), "Xã Khác", "COMMUNE");
		person("sb-" + RUN, sonBinhCode);
		person("ct-" + RUN, "01001");
		assertThat(assign(sonBinh, "PARTY_SECRETARY", "sb-" + RUN, "2020-10-01").getStatusCode())
			.isEqualTo(HttpStatus.CREATED);
		this.http.postForEntity("/api/units/{id}/mandates", Map.of("postCode", "COMMITTEE_CHAIR", "personId",
				"ct-" + RUN, "from", "2021-07-01", "until", "2026-06-30", "legalBasis", "05-QĐ/TU"), Map.class,
				binhLuOld);

		ResponseEntity<Map> merged = merge("binh-lu-" + RUN, tamDuongCode, List.of(tamDuong, binhLuOld, sonBinh));

		assertThat(merged.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String restructuringId = (String) merged.getBody().get("restructuringId");
		assertThat(events(sonBinh)).contains("AssignmentEnded 2025-06-30 UNIT_MERGED " + restructuringId,
				"UnitMergedInto 2025-06-30");
		assertThat(events(binhLuOld)).as("a mandate decided to run past the merger ends with it too")
			.contains("AssignmentEnded 2025-06-30 UNIT_MERGED " + restructuringId);
		UnitsMerged successor = (UnitsMerged) this.engine.readEvents("binh-lu-" + RUN).next().getPayload();
		assertThat(successor.predecessorIds()).containsExactly(tamDuong, binhLuOld, sonBinh);
		assertThat(successor.name()).isEqualTo("Bình Lư");
		assertThat(successor.lineage()).extracting(CodeSpan::code)
			.containsExactly(tamDuongCode, binhLuCode, sonBinhCode);

		long beforePreview = commits();
		Map<String, Object> preview = locality("binh-lu-" + RUN, "sb-" + RUN).getBody();
		assertThat(preview).containsEntry("locality", "LOCAL");
		assertThat(locality("binh-lu-" + RUN, "ct-" + RUN).getBody()).containsEntry("locality", "NON_LOCAL");
		ResponseEntity<Map> nobody = locality("binh-lu-" + RUN, "nobody-" + RUN);
		assertThat(nobody.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(nobody.getBody()).as("a form shows it next to the person").containsEntry("field", "personId");
		assertThat(locality("no-such-unit", "sb-" + RUN).getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(this.http
			.postForEntity("/api/units/{id}/rename",
					Map.of("name", "Xã Mới", "effectiveOn", "2026-03-01", "legalBasis", "1670/NQ-UBTVQH15"), Map.class,
					"sb-" + RUN)
			.getStatusCode()).as("a person's id is no unit's").isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(locality("sb-" + RUN, "sb-" + RUN).getBody()).as("nor is it one in a preview")
			.containsEntry("field", "unitId");
		ResponseEntity<Map> unitAsPerson = locality("binh-lu-" + RUN, "son-binh-" + RUN);
		assertThat(unitAsPerson.getStatusCode()).as("a unit's id is no person's")
			.isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(unitAsPerson.getBody()).containsEntry("field", "personId");
		assertThat(commits()).as("a preview stores nothing").isEqualTo(beforePreview);
		assertThat(assign("binh-lu-" + RUN, "PARTY_SECRETARY", "sb-" + RUN, "2025-07-01").getStatusCode())
			.isEqualTo(HttpStatus.CREATED);
		PositionAssigned secretary = (PositionAssigned) this.engine.readEvents("binh-lu-" + RUN, 1).next().getPayload();
		assertThat(secretary.locality()).as("a Sơn Bình native is local to the new Bình Lư").isEqualTo(Locality.LOCAL);
		assertThat(secretary.localityBasis()).contains("Sơn Bình").isEqualTo(preview.get("basis"));

		long before = commits();
		ResponseEntity<Map> again = merge("lai-" + RUN, freshCode(), List.of(spare, sonBinh));
		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(again.getBody()).containsEntry("rule", "UnitAlreadyRestructured");
		assertThat(commits()).as("all or nothing: the unit that could merge did not").isEqualTo(before);
		assertThat(merge("rong-" + RUN, freshCode(), List.of()).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(merge("la-" + RUN, freshCode(), List.of("no-such-unit")).getStatusCode())
			.isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
	}

	@Test
	void aResolution_isStoredAsOneCommit_orRefusedWhole() {
		String province = unit("tinh-" + RUN, String.format("%02d", 10 + CODES.getAndIncrement() % 80), "Tỉnh Thử",
				"PROVINCE");
		String codeA = freshCode();
		String a = unit("a-" + RUN, codeA, "Xã A", "COMMUNE");
		String b = unit("b-" + RUN, freshCode(), "Xã B", "COMMUNE");
		String split = unit("c-" + RUN, freshCode(), "Xã C", "COMMUNE");
		long before = commits();

		ResponseEntity<Map> recorded = restructure(Map.of("effectiveOn", "2025-07-01", "legalBasis", "1670/NQ-UBTVQH15",
				"formations", List.of(formation("moi-a-" + RUN, codeA, province, List.of(whole(a), part(split))),
						formation("moi-b-" + RUN, freshCode(), province, List.of(whole(b), part(split))))));

		assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(recorded.getBody().get("formedUnitIds")).isEqualTo(List.of("moi-a-" + RUN, "moi-b-" + RUN));
		assertThat(commits()).as("one resolution, one commit").isEqualTo(before + 1);
		assertThat(events(split)).contains("UnitSplit 2025-06-30");
		UnitsMerged formed = (UnitsMerged) this.engine.readEvents("moi-b-" + RUN).next().getPayload();
		assertThat(formed.partialPredecessorIds()).containsExactly(split);

		ResponseEntity<Map> again = restructure(Map.of("effectiveOn", "2025-07-01", "legalBasis", "1670/NQ-UBTVQH15",
				"enlargements", List.of(Map.of("unitId", "moi-a-" + RUN, "sources", List.of(whole(split))))));
		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		ResponseEntity<Map> contradictory = restructure(
				Map.of("effectiveOn", "2026-01-01", "legalBasis", "1670/NQ-UBTVQH15", "formations",
						List.of(formation("x-" + RUN, freshCode(), province, List.of(whole("moi-a-" + RUN))),
								formation("y-" + RUN, freshCode(), province, List.of(whole("moi-a-" + RUN))))));
		assertThat(contradictory.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) contradictory.getBody().get("detail")).contains("goes whole");
		ResponseEntity<Map> takenCode = restructure(
				Map.of("effectiveOn", "2026-01-01", "legalBasis", "1670/NQ-UBTVQH15", "formations",
						List.of(formation("z-" + RUN, codeA, province, List.of(whole("moi-b-" + RUN))))));
		assertThat(takenCode.getBody()).containsEntry("rule", "CodeInUse");
		assertThat(commits()).as("refusals store nothing").isEqualTo(before + 1);
	}

	@Test
	void aUnit_isRetypedAndMovedUnderTheProvince() {
		String province = unit("tinh-r-" + RUN, String.format("%02d", 10 + CODES.getAndIncrement() % 80), "Tỉnh Thử",
				"PROVINCE");
		String township = unit("tt-" + RUN, freshCode(), "Thị trấn Thử", "TOWNSHIP");

		ResponseEntity<Map> retyped = this.http.postForEntity("/api/units/{id}/retype",
				Map.of("type", "COMMUNE", "effectiveOn", "2025-07-01", "legalBasis", "1670/NQ-UBTVQH15"), Map.class,
				township);
		ResponseEntity<Map> moved = this.http.postForEntity("/api/units/{id}/reparent",
				Map.of("parentId", province, "effectiveOn", "2025-07-01", "legalBasis", "1670/NQ-UBTVQH15"), Map.class,
				township);
		ResponseEntity<Map> wrongLevel = this.http.postForEntity("/api/units/{id}/retype",
				Map.of("type", "RURAL_DISTRICT", "effectiveOn", "2025-08-01", "legalBasis", "1670/NQ-UBTVQH15"),
				Map.class, township);

		assertThat(retyped.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(wrongLevel.getBody()).containsEntry("rule", "LevelChangeRefused");
	}

	private ResponseEntity<Map> restructure(Map<String, Object> body) {
		return this.http.postForEntity("/api/restructurings", body, Map.class);
	}

	private static Map<String, Object> formation(String unitId, String code, String parentId,
			List<Map<String, String>> sources) {
		return Map.of("unitId", unitId, "code", code, "name", "Xã " + unitId, "type", "COMMUNE", "parentId", parentId,
				"sources", sources);
	}

	private static Map<String, String> whole(String unitId) {
		return Map.of("unitId", unitId, "share", "WHOLE");
	}

	private static Map<String, String> part(String unitId) {
		return Map.of("unitId", unitId, "share", "PART");
	}

	@Test
	void aScenario_isLoadedThroughTheCommandApi_andLoadingItTwiceChangesNothing() {
		String unitId = "kb-" + RUN;
		Map<String, Object> scenario = Map.of("id", "thu-" + RUN, "title", "Thử", "reportDate", "2026-06-30", "notes",
				List.of("Các dữ kiện là giả định"), "steps", List.of(
						Map.of("command", "register-unit", "body",
								Map.of("unitId", unitId, "code", freshCode(), "name", "Xã Thử", "type", "COMMUNE",
										"establishedOn", "2008-01-01", "legalBasis", "Nghị định 2008")),
						Map.of("command", "register-person", "body",
								Map.of("personId", "kb-p-" + RUN, "name", "Cán bộ 41", "birthYear", 1980, "origin",
										Map.of("hometownCode", "03413", "hometownOn", "2019-01-01"))),
						Map.of("command", "rename-unit", "body", Map.of("unitId", unitId, "name", "Xã Thử Mới",
								"effectiveOn", "2020-01-01", "legalBasis", "Nghị định 2008"))));

		ResponseEntity<Map> first = this.http.postForEntity("/api/scenarios", scenario, Map.class);
		long after = commits();
		ResponseEntity<Map> second = this.http.postForEntity("/api/scenarios", scenario, Map.class);
		Map<String, Object> broken = Map.of("id", "thu-sai-" + RUN, "steps",
				List.of(Map.of("command", "rename-unit", "body", Map.of("unitId", unitId, "name", "Xã Thử Mới",
						"effectiveOn", "2021-01-01", "legalBasis", "Nghị định 2008"))));
		ResponseEntity<Map> refused = this.http.postForEntity("/api/scenarios", broken, Map.class);

		assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(first.getBody()).containsEntry("recorded", 3).containsEntry("alreadyRecorded", 0);
		assertThat(second.getBody()).containsEntry("recorded", 0).containsEntry("alreadyRecorded", 3);
		assertThat(commits()).as("the second load appends nothing").isEqualTo(after);
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(refused.getBody()).containsEntry("refusedStep", 1).containsEntry("refusedCommand", "rename-unit");
	}

	private static String freshCode() {
		return String.format("%05d", CODES.getAndIncrement());
	}

	private String unit(String unitId, String code, String name, String type) {
		post(Map.of("unitId", unitId, "code", code, "name", name, "type", type, "establishedOn", "2008-01-01",
				"legalBasis", "Nghị định 2008"));
		return unitId;
	}

	private ResponseEntity<Map> locality(String unitId, String personId) {
		return this.http.getForEntity("/api/units/{unitId}/locality?personId={personId}", Map.class, unitId, personId);
	}

	private void person(String personId, String hometown) {
		this.http.postForEntity("/api/people", Map.of("personId", personId, "name", "Cán bộ", "birthYear", 1978,
				"origin", Map.of("hometownCode", hometown, "hometownOn", "2019-01-01")), Map.class);
	}

	private ResponseEntity<Map> merge(String successorId, String code, List<String> predecessors) {
		return this.http.postForEntity("/api/restructurings/mergers",
				Map.of("successorId", successorId, "code", code, "name", "Xã Bình Lư", "type", "COMMUNE", "effectiveOn",
						"2025-07-01", "predecessorIds", predecessors, "legalBasis", "1670/NQ-UBTVQH15"),
				Map.class);
	}

	private List<String> events(String aggregateId) {
		return this.engine.readEvents(aggregateId).asStream().map(event -> {
			if (event.getPayload() instanceof AssignmentEnded ended) {
				return "AssignmentEnded " + ended.lastDay() + " " + ended.cause() + " " + ended.restructuringId();
			}
			if (event.getPayload() instanceof AssignmentCorrected correctedEvent) {
				return "AssignmentCorrected " + correctedEvent.from();
			}
			if (event.getPayload() instanceof AssignmentRescinded) {
				return "AssignmentRescinded";
			}
			if (event.getPayload() instanceof UnitSplit unitSplit) {
				return "UnitSplit " + unitSplit.lastDay();
			}
			if (event.getPayload() instanceof UnitMergedInto mergedInto) {
				return "UnitMergedInto " + mergedInto.lastDay();
			}
			return event.getPayloadType().getSimpleName();
		}).toList();
	}

	@Test
	void aBriefing_isRecorded_onlyForAUnitThatExistedThatDay_andOnRegisteredDocuments() {
		registerDocument("35-CT/TW", "2019-05-30", "Bộ Chính trị", "DIRECTIVE");
		String unitId = unit("tam-duong-b-" + RUN, freshCode(), "Thị trấn Tam Đường", "TOWNSHIP");

		ResponseEntity<Map> recorded = brief(unitId, "2019-06-24", List.of("35-CT/TW"), 80);
		ResponseEntity<Map> beforeTheUnit = brief(unitId, "2007-06-24", List.of("35-CT/TW"), 80);
		ResponseEntity<Map> unknownDocument = brief(unitId, "2019-06-24", List.of("99-CT/TW"), 80);
		ResponseEntity<Map> unknownUnit = brief("no-unit-" + RUN, "2019-06-24", List.of("35-CT/TW"), 80);
		ResponseEntity<Map> nobody = brief(unitId, "2019-06-24", List.of("35-CT/TW"), 0);

		assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(beforeTheUnit.getBody()).containsEntry("rule", "UnitNotActiveOn");
		assertThat(unknownDocument.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(unknownUnit.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(unknownUnit.getBody()).as("named where the request named it").containsEntry("field", "unitId");
		assertThat(nobody.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	private ResponseEntity<Map> brief(String unitId, String heldOn, List<String> documents, int attendances) {
		return this.http.postForEntity("/api/units/{id}/briefings", Map.of("heldOn", heldOn, "title",
				"Hội nghị báo cáo viên", "documents", documents, "attendances", attendances), Map.class, unitId);
	}

	@Test
	void aBirthplaceWithoutItsDate_isRefused() {
		ResponseEntity<Map> response = this.http.postForEntity("/api/people",
				Map.of("personId", "can-bo-x-" + RUN, "name", "Cán bộ 08", "birthYear", 1985, "origin",
						Map.of("hometownCode", "03413", "hometownOn", "2019-01-01", "birthplaceCode", "03390")),
				Map.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) response.getBody().get("detail")).contains("birthplace");
	}

	@Test
	void anOperatorWhereATextBelongs_isRefusedAs400_andStoresNothing() {
		long before = commits();

		ResponseEntity<Map> response = this.http.postForEntity("/api/documents", Map.of("number", Map.of("$gt", ""),
				"issuedOn", "2025-06-16", "issuer", "Ủy ban", "kind", "RESOLUTION", "title", "Văn bản"), Map.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) response.getBody().get("detail")).contains("could not be read");
		assertThat(commits()).isEqualTo(before);
	}

	@Test
	void bodiesAreReadStrictly_andAFaultNamesItsField() {
		long before = commits();
		String unit = "{\"code\":\"" + freshCode() + "\",\"name\":\"Bình Lư\",\"type\":\"COMMUNE\","
				+ "\"legalBasis\":\"Nghị định 2008\",";

		ResponseEntity<Map> numberForADay = this.http.postForEntity("/api/units",
				new HttpEntity<>(unit + "\"establishedOn\":20080101}", json()), Map.class);
		ResponseEntity<Map> unknownField = this.http.postForEntity("/api/units",
				new HttpEntity<>(unit + "\"establishedOn\":\"2008-01-01\",\"nmae\":\"x\"}", json()), Map.class);
		ResponseEntity<Map> hiddenCharacter = this.http.postForEntity("/api/units", new HttpEntity<>(
				unit.replace("Bình Lư", "Bình\\u202eLư") + "\"establishedOn\":\"2008-01-01\"}", json()), Map.class);

		assertThat(numberForADay.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(numberForADay.getBody().get("errors").toString()).contains("establishedOn");
		assertThat(unknownField.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(unknownField.getBody().get("errors").toString()).contains("nmae");
		assertThat(hiddenCharacter.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(hiddenCharacter.getBody().get("errors").toString()).contains("name").contains("U+202E");
		assertThat(commits()).isEqualTo(before);
	}

	@Test
	void oversizedBodiesTextsAndLists_areRefused_andStoreNothing() {
		long before = commits();

		ResponseEntity<String> huge = this.http.postForEntity("/api/documents",
				new HttpEntity<>("{\"title\":\"" + "x".repeat(300_000) + "\"}", json()), String.class);
		ResponseEntity<Map> longText = this.http.postForEntity("/api/documents", Map.of("number", "NQ-" + RUN,
				"issuedOn", "2025-06-16", "issuer", "Ủy ban", "kind", "RESOLUTION", "title", "x".repeat(6000)),
				Map.class);
		ResponseEntity<Map> longList = this.http.postForEntity("/api/restructurings/mergers",
				Map.of("successorId", "hop-nhat-" + RUN, "code", freshCode(), "name", "Xã Mới", "type", "COMMUNE",
						"effectiveOn", "2025-07-01", "predecessorIds",
						java.util.stream.IntStream.range(0, 301).mapToObj((i) -> "xa-" + i).toList(), "legalBasis",
						"1670/NQ-UBTVQH15"),
				Map.class);

		assertThat(huge.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
		assertThat(longText.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) longText.getBody().get("detail")).contains("5000");
		assertThat(longList.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) longList.getBody().get("detail")).contains("at most 300 items");
		assertThat(commits()).isEqualTo(before);
	}

	@Test
	void aRequestNamingItsActor_isRefused() {
		HttpHeaders headers = json();
		headers.add("X-Actor", "can-bo-99");

		ResponseEntity<Map> response = this.http.postForEntity("/api/documents",
				new HttpEntity<>(Map.of("number", "NQ-actor-" + RUN, "issuedOn", "2025-06-16", "issuer", "Ủy ban",
						"kind", "RESOLUTION", "title", "Văn bản"), headers),
				Map.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) response.getBody().get("detail")).contains("X-Actor");
	}

	private static HttpHeaders json() {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return headers;
	}

	@Test
	void invalidRequest_isRefusedNamingEachField_andStoresNothing() {
		long before = commits();

		ResponseEntity<Map> response = post(Map.of("code", "3390", "name", " ", "type", "COMMUNE"));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		@SuppressWarnings("unchecked")
		List<Map<String, String>> errors = (List<Map<String, String>>) response.getBody().get("errors");
		assertThat(errors).extracting(error -> error.get("field"))
			.containsExactlyInAnyOrder("code", "name", "establishedOn", "legalBasis");
		assertThat(commits()).isEqualTo(before);
	}

	@Test
	void unknownUnitType_isRefusedWithAClearMessage() {
		ResponseEntity<Map> response = post(Map.of("code", "03390", "name", "Bình Lư", "type", "VILLAGE",
				"establishedOn", "2025-07-01", "legalBasis", "1670/NQ-UBTVQH15"));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) response.getBody().get("detail")).contains("VILLAGE");
	}

	private HttpStatus registerDocument(String number, String issuedOn, String issuer, String kind) {
		return HttpStatus.valueOf(this.http
			.postForEntity("/api/documents", Map.of("number", number, "issuedOn", issuedOn, "issuer", issuer, "kind",
					kind, "title", "Văn bản thử nghiệm"), Map.class)
			.getStatusCode()
			.value());
	}

	private ResponseEntity<Map> post(Map<String, String> body) {
		return post(body, null);
	}

	private ResponseEntity<Map> post(Map<String, String> body, String commandId) {
		HttpHeaders headers = new HttpHeaders();
		if (commandId != null) {
			headers.add("X-Command-Id", commandId);
		}
		headers.setContentType(MediaType.APPLICATION_JSON);
		return this.http.postForEntity("/api/units", new HttpEntity<>(body, headers), Map.class);
	}

	private long commits() {
		return this.mongo.getDatabase(DATABASE).getCollection("event_commits").countDocuments(new Document());
	}

	private static ConsumerRecord<String, String> firstRecordFor(String key) {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
				TestInfrastructure.kafkaBootstrap(), ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID(),
				ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new StringDeserializer())) {
			consumer.subscribe(List.of(TOPIC));
			long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			while (System.nanoTime() < deadline) {
				ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
				for (ConsumerRecord<String, String> record : records) {
					if (key.equals(record.key())) {
						return record;
					}
				}
			}
		}
		throw new AssertionError("No record with key " + key + " on " + TOPIC);
	}

	private static String header(ConsumerRecord<String, String> record, String name) {
		return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
	}

}
