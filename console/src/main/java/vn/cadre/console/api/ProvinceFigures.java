package vn.cadre.console.api;

import java.util.List;

/** One province's line of the national view: its figures, without evidence. */
public record ProvinceFigures(String unitId, String code, String name, List<MeasureAnswer.Figure> measures) {

	public MeasureAnswer.Figure figure(String id) {
		return this.measures.stream().filter((figure) -> figure.id().equals(id)).findFirst().orElse(null);
	}

}
