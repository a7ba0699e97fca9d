package vn.cadre.console.national;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.cadre.console.api.MeasureAnswer;
import vn.cadre.console.api.Period;
import vn.cadre.console.api.ReadSide;
import vn.cadre.console.api.UnitEntry;

/**
 * Per province: how many communes, the share whose secretary also chairs the People's
 * Council, and the key posts held by non-locals, for one period; each row opens the
 * province's dashboard.
 */
@Controller
class NationalPage {

	static final String SECRETARY_CHAIRS_COUNCIL = "SECRETARY_CHAIRS_COUNCIL";

	static final String NON_LOCAL_KEY_POSTS = "NON_LOCAL_KEY_POSTS";

	/** More than the provinces there have ever been at once. */
	private static final int PROVINCES_AT_MOST = 200;

	private final ReadSide readSide;

	NationalPage(ReadSide readSide) {
		this.readSide = readSide;
	}

	@GetMapping("/national")
	String national(@RequestParam(defaultValue = "two-level-model") String period, Model model) {
		List<Period> periods = this.readSide.periods();
		Period chosen = periods.stream().filter((p) -> p.id().equals(period)).findFirst().orElse(periods.get(0));
		List<Row> rows = new ArrayList<>();
		for (UnitEntry province : this.readSide.searchUnits(null, "PROVINCE", null, PROVINCES_AT_MOST)) {
			if (!activeDuring(province, chosen)) {
				continue;
			}
			MeasureAnswer answer = this.readSide.measures(
					Map.of("scope", "PROVINCE", "unitId", province.unitId(), "level", "COMMUNE", "period", chosen.id()),
					0, 0);
			rows.add(Row.of(province, answer));
		}
		model.addAttribute("periods", periods);
		model.addAttribute("period", chosen);
		model.addAttribute("rows", rows);
		return "national";
	}

	private static boolean activeDuring(UnitEntry unit, Period period) {
		LocalDate last = (period.until() != null) ? period.until() : LocalDate.MAX;
		return !unit.establishedOn().isAfter(last)
				&& (unit.dissolvedOn() == null || !unit.dissolvedOn().isBefore(period.from()));
	}

	/** One province's line. */
	record Row(UnitEntry province, long communes, long secretaryChairsCouncil, String share, long nonLocalKeyPosts) {

		static Row of(UnitEntry province, MeasureAnswer answer) {
			MeasureAnswer.Figure chairs = answer.figure(SECRETARY_CHAIRS_COUNCIL);
			MeasureAnswer.Figure nonLocal = answer.figure(NON_LOCAL_KEY_POSTS);
			long communes = (chairs != null && chairs.denominator() != null) ? chairs.denominator() : 0;
			return new Row(province, communes, (chairs != null) ? chairs.value() : 0,
					(chairs != null && chairs.share() != null) ? chairs.share() : "0.0",
					(nonLocal != null) ? nonLocal.value() : 0);
		}

	}

}
