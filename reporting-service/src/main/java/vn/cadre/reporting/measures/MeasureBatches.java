package vn.cadre.reporting.measures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import vn.cadre.reporting.mandates.MandateVersion;

/**
 * A scope's units are measured in batches, so a province or the whole country is never
 * held at once: what a batch is given, and how the batches' figures add up. Every measure
 * adds up but the count of distinct non-local holders, which is counted again from the
 * batches' evidence.
 */
final class MeasureBatches {

	private MeasureBatches() {
	}

	/**
	 * The versions of a batch's units in the order they were recorded, so the evidence
	 * comes in the same order from any storage.
	 */
	static List<MandateVersion> inOrder(List<String> batch, Map<String, List<MandateVersion>> versions) {
		List<MandateVersion> ordered = new ArrayList<>();
		batch.forEach(id -> ordered.addAll(versions.getOrDefault(id, List.of())));
		ordered.sort(Comparator.comparingLong(MandateVersion::position));
		return ordered;
	}

	/** The figures of the batches as one. */
	static List<Measure> merge(List<List<Measure>> batches) {
		if (batches.size() == 1) {
			return batches.get(0);
		}
		List<Measure> merged = new ArrayList<>();
		for (int i = 0; i < batches.get(0).size(); i++) {
			Measure first = batches.get(0).get(i);
			long value = 0;
			Long denominator = (first.denominator() != null) ? 0L : null;
			Map<String, Long> breakdown = new TreeMap<>();
			List<Measure.Evidence> evidence = new ArrayList<>();
			for (List<Measure> batch : batches) {
				Measure part = batch.get(i);
				value += part.value();
				if (denominator != null) {
					denominator += part.denominator();
				}
				part.breakdown().forEach((key, count) -> breakdown.merge(key, count, Long::sum));
				evidence.addAll(part.evidence());
			}
			if (first.id().equals("NON_LOCAL_KEY_POST_HOLDERS")) {
				Map<String, Set<String>> byPost = new TreeMap<>();
				Set<String> persons = new LinkedHashSet<>();
				for (Measure.Evidence row : evidence) {
					byPost.computeIfAbsent(row.postCodes().get(0), post -> new LinkedHashSet<>())
						.addAll(row.personIds());
					persons.addAll(row.personIds());
				}
				value = persons.size();
				breakdown.clear();
				byPost.forEach((post, holders) -> breakdown.put(post, (long) holders.size()));
			}
			merged.add(new Measure(first.id(), first.titleVi(), first.titleEn(), value, denominator,
					new LinkedHashMap<>(breakdown), evidence));
		}
		return merged;
	}

}
