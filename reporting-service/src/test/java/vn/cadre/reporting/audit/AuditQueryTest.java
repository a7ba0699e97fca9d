package vn.cadre.reporting.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a question to the audit log refuses before anything reaches MongoDB, and what it
 * sends when it does; values Spring cannot read are refused by name
 * ({@code QueryParametersIT}).
 */
class AuditQueryTest {

	private static final LocalDate DAY = LocalDate.of(2025, 7, 1);

	@Test
	void absentOrBlankParts_takeTheirDefaults() {
		AuditQuery absent = new AuditParameters(null, null, null, null, null, null, null, null, null, null, null, null)
			.query();
		assertThat(absent.lineage()).as("a unit stands for its lineage unless told").isTrue();
		assertThat(absent.page()).isZero();
		assertThat(absent.size()).isEqualTo(AuditQuery.DEFAULT_SIZE);
		assertThat(new AuditParameters(null, false, null, null, null, null, null, null, null, 2, 10, null).query())
			.extracting(AuditQuery::lineage, AuditQuery::page, AuditQuery::size)
			.containsExactly(false, 2, 10);

		AuditQuery blank = new AuditQuery(" ", true, "", null, List.of(""), null, null, null, null, 0, 50, null);
		assertThat(blank.unitId()).isNull();
		assertThat(blank.personId()).isNull();
		assertThat(blank.types()).isEmpty();
		assertThat(render(blank)).isEqualTo("{}");
	}

	@Test
	void aSizeOutOfRange_orANegativePage_isRefused() {
		assertThatThrownBy(() -> sized(0, 501)).isInstanceOf(AuditQuery.Invalid.class)
			.hasMessageContaining("size must be 1 to 500, was 501");
		assertThatThrownBy(() -> sized(0, 0)).isInstanceOf(AuditQuery.Invalid.class);
		assertThatThrownBy(() -> sized(-1, 50)).isInstanceOf(AuditQuery.Invalid.class)
			.hasMessageContaining("page must be 0 or more");
		assertThatThrownBy(() -> sized(Integer.MAX_VALUE, 500)).isInstanceOf(AuditQuery.Invalid.class)
			.hasMessageContaining("beyond the end");
		assertThat(sized(3, 500).skip()).isEqualTo(1500);
	}

	@Test
	void aPageByPosition_startsAfterIt_skipsNothing_andCannotAlsoHaveANumber() {
		AuditQuery query = new AuditQuery(null, true, null, null, Set.of(), null, null, null, null, 0, 50, 1200L);

		assertThat(query.skip()).isZero();
		assertThat(query.pageFilter(null).toBsonDocument().toJson()).contains("\"position\": {\"$gt\": 1200}");
		assertThat(render(query)).as("the total counts every match").doesNotContain("position");
		assertThatThrownBy(() -> new AuditQuery(null, true, null, null, Set.of(), null, null, null, null, 2, 50, 1200L))
			.isInstanceOf(AuditQuery.Invalid.class)
			.hasMessageContaining("page and after cannot be combined");
		assertThatThrownBy(() -> new AuditQuery(null, true, null, null, Set.of(), null, null, null, null, 0, 50, -1L))
			.isInstanceOf(AuditQuery.Invalid.class)
			.hasMessageContaining("after must be a position");
	}

	@Test
	void aRangeThatEndsBeforeItStarts_isRefused() {
		assertThatThrownBy(
				() -> new AuditQuery(null, true, null, null, Set.of(), DAY, DAY.minusDays(1), null, null, 0, 50, null))
			.isInstanceOf(AuditQuery.Invalid.class)
			.hasMessageContaining("validFrom (2025-07-01) is after validTo (2025-06-30)");
		Instant now = Instant.parse("2025-07-01T00:00:00Z");
		assertThatThrownBy(() -> new AuditQuery(null, true, null, null, Set.of(), null, null, now, now.minusSeconds(1),
				0, 50, null))
			.isInstanceOf(AuditQuery.Invalid.class)
			.hasMessageContaining("recordedFrom");
		assertThat(new AuditQuery(null, true, null, null, Set.of(), DAY, DAY, now, now, 0, 50, null).validTo())
			.as("a single day is a range")
			.isEqualTo(DAY);
	}

	@Test
	void anUnknownTypeName_isRefused_namingTheKnownOnes() {
		assertThatThrownBy(() -> new AuditQuery(null, true, null, null, List.of("PositionAssigned", "EndDateUpdated"),
				null, null, null, null, 0, 50, null))
			.isInstanceOf(AuditQuery.Invalid.class)
			.hasMessageContaining("No event type EndDateUpdated")
			.hasMessageContaining("UnitsMerged");
		assertThatThrownBy(() -> new AuditQuery(null, true, null, null, List.of("vn.cadre.kernel.unit.UnitsMerged"),
				null, null, null, null, 0, 50, null))
			.as("simple names only")
			.isInstanceOf(AuditQuery.Invalid.class);
	}

	@Test
	void userText_reachesMongoDbOnlyAsAValue() {
		String hostile = "{\"$where\": \"sleep(1000)\"}";
		AuditQuery query = new AuditQuery(hostile, true, "$ne", "{\"$gt\": \"\"}", Set.of(), null, null, null, null, 0,
				50, null);

		BsonDocument filter = query.filter(List.of(hostile)).toBsonDocument();

		assertThat(filter.keySet()).containsExactly("$and");
		assertThat(filter.toJson()).contains("\"unitIds\": {\"$in\": [\"{\\\"$where")
			.contains("\"personIds\": \"$ne\"")
			.contains("\"metadata.actor\": \"{\\\"$gt");
	}

	@Test
	void validTime_overlapsTheRange_andNeedsAStart() {
		AuditQuery query = new AuditQuery(null, true, null, null, Set.of(), DAY, DAY.plusDays(30), null, null, 0, 50,
				null);

		assertThat(render(query)).contains("\"validFrom\": {\"$ne\": null}")
			.contains("\"validFrom\": {\"$lte\": \"2025-07-31\"}")
			.contains("{\"validUntil\": null}, {\"validUntil\": {\"$gte\": \"2025-07-01\"}}");
	}

	private static AuditQuery sized(int page, int size) {
		return new AuditQuery(null, true, null, null, Set.of(), null, null, null, null, page, size, null);
	}

	private static String render(AuditQuery query) {
		return query.filter(null).toBsonDocument().toJson();
	}

}
