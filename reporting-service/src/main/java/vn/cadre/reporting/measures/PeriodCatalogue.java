package vn.cadre.reporting.measures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import vn.cadre.reporting.config.ReportingProperties;

/**
 * The named periods: those configured under {@code cadre.reporting.periods}, then one per
 * calendar year from 2015 to next year.
 */
@Component
public class PeriodCatalogue {

	private final List<NamedPeriod> periods = new ArrayList<>();

	PeriodCatalogue(ReportingProperties properties) {
		properties.periods()
			.forEach(period -> this.periods
				.add(new NamedPeriod(period.id(), period.titleVi(), period.titleEn(), period.from(), period.until())));
		for (int year = 2015; year <= LocalDate.now().getYear() + 1; year++) {
			this.periods.add(new NamedPeriod("year-" + year, "Năm " + year, "Year " + year, LocalDate.of(year, 1, 1),
					LocalDate.of(year, 12, 31)));
		}
	}

	public List<NamedPeriod> all() {
		return List.copyOf(this.periods);
	}

	public Optional<NamedPeriod> find(String id) {
		return this.periods.stream().filter(period -> period.id().equals(id)).findFirst();
	}

}
