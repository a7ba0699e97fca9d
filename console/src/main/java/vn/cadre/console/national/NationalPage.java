package vn.cadre.console.national;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.cadre.console.api.MeasureAnswer;
import vn.cadre.console.api.Period;
import vn.cadre.console.api.ReadSide;
import vn.cadre.console.api.ProvinceFigures;

/**
 * Per province: how many communes, the share whose secretary also chairs the People's
 * Council, and the key posts held by non-locals, for one period; each row opens the
 * province's dashboard. The read side answers for every province in one question.
 */
@Controller
class NationalPage {

	static final String SECRETARY_CHAIRS_COUNCIL = "SECRETARY_CHAIRS_COUNCIL";

	static final String NON_LOCAL_KEY_POSTS = "NON_LOCAL_KEY_POSTS";

	private final ReadSide readSide;

	NationalPage(ReadSide readSide) {
		this.readSide = readSide;
	}

	@GetMapping("/national")
	String national(@RequestParam(defaultValue = "two-level-model") String period, Model model) {
		List<Period> periods = this.readSide.periods();
		Period chosen = periods.stream().filter((p) -> p.id().equals(period)).findFirst().orElse(periods.get(0));
		List<Row> rows = this.readSide.measuresByProvince(chosen.id()).stream().map(Row::of).toList();
		model.addAttribute("periods", periods);
		model.addAttribute("period", chosen);
		model.addAttribute("rows", rows);
		return "national";
	}

	/** One province's line. */
	record Row(ProvinceFigures province, long communes, long secretaryChairsCouncil, String share,
			long nonLocalKeyPosts) {

		static Row of(ProvinceFigures province) {
			MeasureAnswer.Figure chairs = province.figure(SECRETARY_CHAIRS_COUNCIL);
			MeasureAnswer.Figure nonLocal = province.figure(NON_LOCAL_KEY_POSTS);
			long communes = (chairs != null && chairs.denominator() != null) ? chairs.denominator() : 0;
			return new Row(province, communes, (chairs != null) ? chairs.value() : 0,
					(chairs != null && chairs.share() != null) ? chairs.share() : "0.0",
					(nonLocal != null) ? nonLocal.value() : 0);
		}

	}

}
