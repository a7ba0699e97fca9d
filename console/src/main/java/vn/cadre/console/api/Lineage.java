package vn.cadre.console.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The units a unit came from ({@code predecessors}) and went into ({@code successors}).
 */
public record Lineage(List<Link> predecessors, List<Link> successors) {

	/** One unit of the lineage. */
	public record Link(String unitId, String code, String name, LocalDate establishedOn, LocalDate dissolvedOn) {

	}

}
