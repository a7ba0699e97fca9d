package vn.cadre.localstack.history;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.DomainEventMessage;
import vn.cadre.kernel.mandate.AssignmentEnded;
import vn.cadre.kernel.mandate.EndCause;
import vn.cadre.kernel.unit.CodeAssigned;
import vn.cadre.kernel.unit.CodeReleased;
import vn.cadre.kernel.unit.CodeSpan;
import vn.cadre.kernel.unit.UnitCodeEvent;
import vn.cadre.kernel.unit.UnitDissolved;
import vn.cadre.kernel.unit.UnitEnlarged;
import vn.cadre.kernel.unit.UnitMergedInto;
import vn.cadre.kernel.unit.UnitSplit;
import vn.cadre.kernel.unit.UnitType;
import vn.cadre.kernel.unit.UnitsMerged;

/**
 * The commits of the 2025 restructuring, each as {@code RestructuringCommandHandler}
 * stores one resolution: the sources give themselves away first (ending their open
 * mandates and freeing their codes), then the new units take their codes and are formed,
 * then enlarged units take in their sources. Districts are dissolved one province at a
 * time.
 */
final class Resolutions {

	static final Instant RECORDED = NationalHistory.MERGER.minusDays(11).atTime(3, 0).toInstant(ZoneOffset.UTC);

	private final EventFactory factory;

	Resolutions(EventFactory factory) {
		this.factory = factory;
	}

	static String basis(int newProvince) {
		return Geography.provinceCode(newProvince) + "/NQ-UBTVQH15";
	}

	/** An enlarged province takes in the provinces that end. */
	List<DomainEventMessage<?>> enlarge(int province, List<Integer> absorbed) {
		String basis = basis(province);
		String restructuringId = "sx-tinh-" + Geography.provinceCode(province);
		Map<String, String> metadata = this.factory.command(basis, null);
		List<DomainEventMessage<?>> events = new ArrayList<>();
		List<CodeSpan> lineage = new ArrayList<>();
		for (int source : absorbed) {
			events.add(unit(
					Geography.provinceId(source), new UnitMergedInto(Geography.provinceId(source),
							Geography.provinceId(province), NationalHistory.LAST_OLD_DAY, restructuringId, basis),
					metadata));
			events.add(code(new CodeReleased(Geography.provinceCode(source), Geography.provinceId(source),
					NationalHistory.LAST_OLD_DAY, basis), metadata));
			lineage.add(new CodeSpan(Geography.provinceId(source), Geography.provinceCode(source),
					Geography.provinceName(source), NationalHistory.START, NationalHistory.LAST_OLD_DAY));
		}
		events.add(unit(Geography.provinceId(province),
				new UnitEnlarged(Geography.provinceId(province), NationalHistory.MERGER,
						absorbed.stream().map(Geography::provinceId).toList(), List.of(), lineage, restructuringId,
						basis),
				metadata));
		return events;
	}

	List<DomainEventMessage<?>> dissolveDistricts(int province, List<String> districtCodes) {
		String basis = basis(Geography.successor(province));
		List<DomainEventMessage<?>> events = new ArrayList<>();
		for (String code : districtCodes) {
			Map<String, String> metadata = this.factory.command(basis, null);
			String unitId = "huyen-" + code;
			events.add(unit(unitId, new UnitDissolved(unitId, NationalHistory.LAST_OLD_DAY, basis), metadata));
			events.add(code(new CodeReleased(code, unitId, NationalHistory.LAST_OLD_DAY, basis), metadata));
		}
		return events;
	}

	/**
	 * One province's communes merged into new ones; {@code open} holds each old commune's
	 * mandates still running on its last day.
	 */
	List<DomainEventMessage<?>> mergeCommunes(int province, List<Geography.NewCommune> formed,
			Map<String, List<String>> open) {
		String basis = basis(Geography.successor(province));
		String restructuringId = "sx-xa-" + Geography.provinceCode(province);
		Map<String, String> metadata = this.factory.command(basis, null);
		List<DomainEventMessage<?>> events = new ArrayList<>();
		for (Geography.NewCommune commune : formed) {
			for (Geography.OldCommune source : commune.whole()) {
				endMandates(source, open, EndCause.UNIT_MERGED, restructuringId, basis, metadata, events);
				events.add(unit(source.unitId(), new UnitMergedInto(source.unitId(), commune.unitId(),
						NationalHistory.LAST_OLD_DAY, restructuringId, basis), metadata));
				events.add(code(new CodeReleased(source.code(), source.unitId(), NationalHistory.LAST_OLD_DAY, basis),
						metadata));
			}
			for (Geography.OldCommune source : commune.partial()) {
				if (!open.containsKey(source.unitId())) {
					continue;
				}
				endMandates(source, open, EndCause.UNIT_SPLIT, restructuringId, basis, metadata, events);
				List<String> successors = formed.stream()
					.filter(other -> other.partial().contains(source))
					.map(Geography.NewCommune::unitId)
					.toList();
				events.add(unit(source.unitId(), new UnitSplit(source.unitId(), successors,
						NationalHistory.LAST_OLD_DAY, restructuringId, basis), metadata));
				events.add(code(new CodeReleased(source.code(), source.unitId(), NationalHistory.LAST_OLD_DAY, basis),
						metadata));
			}
		}
		for (Geography.NewCommune commune : formed) {
			events
				.add(code(new CodeAssigned(commune.code(), commune.unitId(), NationalHistory.MERGER, basis), metadata));
			List<CodeSpan> lineage = commune.predecessors()
				.stream()
				.map(source -> new CodeSpan(source.unitId(), source.code(), source.name(), NationalHistory.START,
						NationalHistory.LAST_OLD_DAY))
				.toList();
			events.add(unit(commune.unitId(),
					new UnitsMerged(commune.unitId(), commune.code(), commune.name(), UnitType.COMMUNE,
							Geography.provinceId(commune.province()), NationalHistory.MERGER,
							commune.predecessors().stream().map(Geography.OldCommune::unitId).toList(),
							commune.partial().stream().map(Geography.OldCommune::unitId).toList(), lineage,
							restructuringId, basis),
					metadata));
		}
		return events;
	}

	/** Ends a source's open mandates once, however many new units it gives to. */
	private void endMandates(Geography.OldCommune source, Map<String, List<String>> open, EndCause cause,
			String restructuringId, String basis, Map<String, String> metadata, List<DomainEventMessage<?>> events) {
		for (String mandateId : open.remove(source.unitId())) {
			events.add(unit(source.unitId(), new AssignmentEnded(mandateId, source.unitId(),
					NationalHistory.LAST_OLD_DAY, cause, basis, restructuringId), metadata));
		}
	}

	private DomainEventMessage<?> unit(String unitId, Object payload, Map<String, String> metadata) {
		return this.factory.event(MandateReplay.AGGREGATE, unitId, payload, RECORDED, metadata);
	}

	private DomainEventMessage<?> code(UnitCodeEvent payload, Map<String, String> metadata) {
		return this.factory.event("UnitCodeHistory", UnitCodeEvent.aggregateIdOf(payload.code()), payload, RECORDED,
				metadata);
	}

}
