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
 * What the API refuses before anything reaches MongoDB, and what it sends when it does.
 */
class AuditQueryTest {

	private static final LocalDate DAY = LocalDate.of(2025, 7, 1);

	@Test
	void aMalformedDate_isRefusedByName() {
		assertThatThrownBy(() -> AuditQuery.date("validFrom", "2025-13-01")).isInstanceOf(AuditQuery.Invalid.class)
			.hasMessageContaining(
					"validFrom must be a date as yyyy-MM-dd from 1945-01-01 to 2100-12-31, was '2025-13-01'");
		assertThatThrownBy(() -> AuditQuery.date("validTo", "01/07/2025")).isInstanceOf(AuditQuery.Invalid.class)
			.hasMessageContaining("validTo");
		assertThatThrownBy(() -> AuditQuery.instant("recordedFrom", "2025-07-01"))
			.isInstanceOf(AuditQuery.Invalid.class)
			.hasMessageContaining("recordedFrom must be an ISO-8601 instant such as 2025-07-01T00:00:00Z");
		assertThatThrownBy(() -> AuditQuery.number("size", "fifty", 50)).isInstanceOf(AuditQuery.Invalid.class)
			.hasMessageContaining("size must be a whole number");
		assertThatThrownBy(() -> AuditQuery.number("page", "3000000000", 0)).isInstanceOf(AuditQuery.Invalid.class)
			.hasMessageContaining("page must be at most 2147483647, was 3000000000");
		assertThatThrownBy(() -> AuditQuery.flag("lineage", "maybe", true)).isInstanceOf(AuditQuery.Invalid.class)
			.hasMessageContaining("lineage must be true or false");
	}

	@Test
	void aDateOutsideThePlausibleRange_isRefusedByName() {
		assertThatThrownBy(() -> AuditQuery.date("validTo", "+99999-01-01")).isInstanceOf(AuditQuery.Invalid.class)
			.hasMessageContaining("validTo must be a date as yyyy-MM-dd from 1945-01-01 to 2100-12-31");
		assertThatThrownBy(() -> AuditQuery.date("validFrom", "0000-01-01")).isInstanceOf(AuditQuery.Invalid.class)
			.hasMessageContaining("validFrom");
		assertThatThrownBy(() -> AuditQuery.instant("recordedTo", "2200-01-01T00:00:00Z"))
			.isInstanceOf(AuditQuery.Invalid.class)
			.hasMessageContaining("recordedTo must be an ISO-8601 instant");
		assertThat(AuditQuery.date("validFrom", "1945-01-01")).isEqualTo(LocalDate.of(1945, 1, 1));
		assertThat(AuditQuery.date("validTo", "2100-12-31")).isEqualTo(LocalDate.of(2100, 12, 31));
	}

	@Test
	void absentOrBlankParts_takeTheirDefaults() {
		assertThat(AuditQuery.date("validFrom", null)).isNull();
		assertThat(AuditQuery.date("validFrom", " ")).isNull();
		assertThat(AuditQuery.instant("recordedTo", "")).isNull();
		assertThat(AuditQuery.number("size", null, 50)).isEqualTo(50);
		assertThat(AuditQuery.flag("lineage", null, true)).isTrue();
		assertThat(AuditQuery.flag("lineage", "FALSE", true)).isFalse();
		assertThat(AuditQuery.date("validFrom", "2025-07-01")).isEqualTo(DAY);
		assertThat(AuditQuery.instant("recordedTo", "2025-07-01T00:00:00Z"))
			.isEqualTo(Instant.parse("2025-07-01T00:00:00Z"));

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
		assertThatThrownBy(() -> AuditQuery.position("after", "12abc")).isInstanceOf(AuditQuery.Invalid.class)
			.hasMessageContaining("after must be a whole number, was '12abc'");
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
