package vn.cadre.reporting.measures;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.stereotype.Component;
import vn.cadre.reporting.web.QueryRefused;

/**
 * Turns a {@link MeasureQuery} into the question {@link MeasureService} answers: the
 * period named or given, counted to the day asked, and the level counted by default.
 */
@Component
class MeasureQuestions {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final MeasureService measures;

	private final PeriodCatalogue periods;

	MeasureQuestions(MeasureService measures, PeriodCatalogue periods) {
		this.measures = measures;
		this.periods = periods;
	}

	List<MeasureService.ProvinceMeasures> byProvince(MeasureQuery query, Instant knownAt) {
		return this.measures.byProvince((query.level() != null) ? query.level() : "COMMUNE",
				period(query, dayOf(knownAt)), query.on(), (knownAt != null) ? knownAt : Instant.now());
	}

	MeasureReport report(MeasureQuery query, LocalDate dayAsked, Instant knownAt) {
		Scope scope = query.scope();
		if (scope != Scope.LEVEL && scope != Scope.COUNTRY && (query.unitId() == null || query.unitId().isBlank())) {
			throw QueryRefused.badRequest("unitId", "measure.unit-required", scope);
		}
		return this.measures.measure(scope, query.unitId(),
				(query.level() != null) ? query.level() : defaultLevel(scope), period(query, dayAsked), query.on(),
				(knownAt != null) ? knownAt : Instant.now());
	}

	private static String defaultLevel(Scope scope) {
		return (scope == Scope.UNIT || scope == Scope.LINEAGE) ? null : "COMMUNE";
	}

	/** The day asked: a period still running is counted to the day of {@code knownAt}. */
	static LocalDate dayOf(Instant knownAt) {
		return LocalDate.ofInstant((knownAt != null) ? knownAt : Instant.now(), VIETNAM);
	}

	private Period period(MeasureQuery query, LocalDate dayAsked) {
		String periodId = query.period();
		LocalDate from = query.from();
		LocalDate until = query.until();
		LocalDate on = query.on();
		if (periodId != null) {
			return this.periods.find(periodId)
				.orElseThrow(() -> QueryRefused.badRequest("period", "measure.no-period", periodId))
				.through(dayAsked);
		}
		if (from != null && until != null) {
			if (until.isBefore(from)) {
				throw QueryRefused.badRequest("until", "measure.ends-before-start", from, until);
			}
			return Period.custom(from, until);
		}
		if (on != null) {
			return Period.day(on);
		}
		throw QueryRefused.badRequest("period", "measure.period-required");
	}

}
