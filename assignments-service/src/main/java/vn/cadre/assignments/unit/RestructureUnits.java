package vn.cadre.assignments.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import vn.cadre.assignments.InvalidRequest;
import vn.cadre.assignments.document.CitesLegalBasis;
import vn.cadre.kernel.unit.UnitCode;
import vn.cadre.kernel.unit.UnitId;
import vn.cadre.kernel.unit.UnitName;
import vn.cadre.kernel.unit.UnitType;

/**
 * Record one resolution that restructures units on one effective date, all or nothing:
 * new units formed from others (whole or in part), units that continue and take others
 * in, and renames, retypes and changes of parent of units that continue. A unit that
 * gives only parts away ends, once, when all its parts have gone, unless it is listed in
 * {@code continuingSources}; a unit given whole ends too.
 *
 * <p>
 * The constructor refuses a resolution that contradicts itself (400); rules that depend
 * on the units' histories are checked by the units (409).
 */
public record RestructureUnits(String restructuringId, LocalDate effectiveOn, List<Formation> formations,
		List<Enlargement> enlargements, Set<UnitId> continuingSources, List<UnitChange> changes,
		String legalBasis) implements CitesLegalBasis {

	/** How much of a source goes to one recipient: toàn bộ or một phần. */
	public enum Share {

		WHOLE, PART

	}

	/** A unit that gives all or part of itself to a recipient. */
	public record Source(UnitId unitId, Share share) {

		public Source {
			Objects.requireNonNull(unitId, "unitId");
			Objects.requireNonNull(share, "share");
		}

		public static Source whole(UnitId unitId) {
			return new Source(unitId, Share.WHOLE);
		}

		public static Source part(UnitId unitId) {
			return new Source(unitId, Share.PART);
		}

	}

	/** A new unit, established on the effective date from its sources. */
	public record Formation(UnitId unitId, UnitCode code, UnitName name, UnitType type, UnitId parentId,
			List<Source> sources) {

		public Formation {
			Objects.requireNonNull(unitId, "unitId");
			Objects.requireNonNull(code, "code");
			Objects.requireNonNull(name, "name");
			Objects.requireNonNull(type, "type");
			sources = List.copyOf(sources);
		}

	}

	/** An existing unit that continues and takes its sources in. */
	public record Enlargement(UnitId unitId, List<Source> sources) {

		public Enlargement {
			Objects.requireNonNull(unitId, "unitId");
			sources = List.copyOf(sources);
		}

	}

	/**
	 * Changes of a unit that continues; a {@code null} field is left as it is.
	 */
	public record UnitChange(UnitId unitId, UnitName name, UnitType type, UnitId parentId) {

		public UnitChange {
			Objects.requireNonNull(unitId, "unitId");
			if (name == null && type == null && parentId == null) {
				throw new InvalidRequest("command.change-changes-nothing", unitId);
			}
		}

	}

	/** A source with where its parts go, in the resolution's order. */
	record Flow(UnitId sourceId, List<UnitId> recipientIds, boolean whole, boolean continues) {

	}

	public RestructureUnits {
		Objects.requireNonNull(restructuringId, "restructuringId");
		Objects.requireNonNull(effectiveOn, "effectiveOn");
		formations = List.copyOf(formations);
		enlargements = (enlargements != null) ? List.copyOf(enlargements) : List.of();
		continuingSources = (continuingSources != null) ? Set.copyOf(continuingSources) : Set.of();
		changes = (changes != null) ? List.copyOf(changes) : List.of();
		if (formations.isEmpty() && enlargements.isEmpty() && changes.isEmpty()) {
			throw new InvalidRequest("command.resolution-changes-nothing");
		}
		requireConsistent(formations, enlargements, continuingSources, changes);
	}

	private static void requireConsistent(List<Formation> formations, List<Enlargement> enlargements,
			Set<UnitId> continuingSources, List<UnitChange> changes) {
		Set<UnitId> recipients = new HashSet<>();
		Map<UnitId, List<Source>> given = new LinkedHashMap<>();
		for (Formation formation : formations) {
			collect(formation.unitId(), formation.sources(), recipients, given);
		}
		for (Enlargement enlargement : enlargements) {
			collect(enlargement.unitId(), enlargement.sources(), recipients, given);
		}
		for (UnitId recipient : recipients) {
			if (given.containsKey(recipient)) {
				throw new InvalidRequest("command.gives-and-receives", recipient);
			}
		}
		given.forEach((source, shares) -> {
			boolean whole = shares.stream().anyMatch(share -> share.share() == Share.WHOLE);
			if (whole && shares.size() > 1) {
				throw new InvalidRequest("command.whole-goes-elsewhere", source);
			}
			if (whole && continuingSources.contains(source)) {
				throw new InvalidRequest("command.whole-continues", source);
			}
		});
		for (UnitId continuing : continuingSources) {
			if (!given.containsKey(continuing)) {
				throw new InvalidRequest("command.continues-giving-nothing", continuing);
			}
		}
		Set<UnitId> changed = new HashSet<>();
		for (UnitChange change : changes) {
			if (!changed.add(change.unitId())) {
				throw new InvalidRequest("command.changed-twice", change.unitId());
			}
			boolean ends = given.containsKey(change.unitId()) && !continuingSources.contains(change.unitId());
			if (ends || formations.stream().anyMatch(formation -> formation.unitId().equals(change.unitId()))) {
				throw new InvalidRequest("command.change-of-ending-unit", change.unitId());
			}
		}
	}

	private static void collect(UnitId recipient, List<Source> sources, Set<UnitId> recipients,
			Map<UnitId, List<Source>> given) {
		if (!recipients.add(recipient)) {
			throw new InvalidRequest("command.recipient-twice", recipient);
		}
		if (sources.isEmpty()) {
			throw new InvalidRequest("command.receives-nothing", recipient);
		}
		Set<UnitId> seen = new HashSet<>();
		for (Source source : sources) {
			if (!seen.add(source.unitId())) {
				throw new InvalidRequest("command.source-twice", source.unitId(), recipient);
			}
			given.computeIfAbsent(source.unitId(), id -> new ArrayList<>()).add(source);
		}
	}

	/** The one-merger resolution that {@link MergeCommunes} stands for. */
	static RestructureUnits of(MergeCommunes merger) {
		return new RestructureUnits(merger.restructuringId(), merger.effectiveOn(),
				List.of(new Formation(merger.successorId(), merger.code(), merger.name(), merger.type(),
						merger.parentId(), merger.predecessorIds().stream().map(Source::whole).toList())),
				List.of(), Set.of(), List.of(), merger.legalBasis());
	}

	/** Every source with its recipients, in order of first mention. */
	List<Flow> flows() {
		Map<UnitId, List<UnitId>> recipients = new LinkedHashMap<>();
		Set<UnitId> whole = new LinkedHashSet<>();
		for (Formation formation : this.formations) {
			record(formation.unitId(), formation.sources(), recipients, whole);
		}
		for (Enlargement enlargement : this.enlargements) {
			record(enlargement.unitId(), enlargement.sources(), recipients, whole);
		}
		return recipients.entrySet()
			.stream()
			.map(entry -> new Flow(entry.getKey(), List.copyOf(entry.getValue()), whole.contains(entry.getKey()),
					this.continuingSources.contains(entry.getKey())))
			.toList();
	}

	private static void record(UnitId recipient, List<Source> sources, Map<UnitId, List<UnitId>> recipients,
			Set<UnitId> whole) {
		for (Source source : sources) {
			recipients.computeIfAbsent(source.unitId(), id -> new ArrayList<>()).add(recipient);
			if (source.share() == Share.WHOLE) {
				whole.add(source.unitId());
			}
		}
	}

	LocalDate lastDayBefore() {
		return this.effectiveOn.minusDays(1);
	}

}
