package vn.cadre.reporting.messaging.rebuild;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.cadre.reporting.projection.Generations;
import vn.cadre.reporting.projection.ReadModels;

import static com.mongodb.client.model.Filters.in;

/**
 * Compares two generations of the read models document by document, walking both in id
 * order so neither is held in memory; then, as often as asked, looks again at only the
 * documents found to differ. Every read model's {@code _id} is a string.
 */
@Component
public class ReadModelComparison {

	static final int LIMIT = 1000;

	private static final int BATCH = 1000;

	/** Ids per {@code $in}: mongo-java-server checks each hit against the whole list. */
	private static final int RECHECK_CHUNK = 100;

	/** A document that is missing on one side or differs, with the fields that differ. */
	public record Difference(String collection, String id, String kind, List<String> fields) {

	}

	public List<Difference> compare(ReadModels live, ReadModels rebuilt) {
		return compare(live, rebuilt, LIMIT);
	}

	/** The first {@code limit} differences, in the order of the read models and ids. */
	List<Difference> compare(ReadModels live, ReadModels rebuilt, int limit) {
		List<Difference> differences = new ArrayList<>();
		for (String name : Generations.READ_MODELS) {
			compare(name, collection(live, name), collection(rebuilt, name), differences, limit);
		}
		return differences;
	}

	/**
	 * Which of {@code suspects} still differ, each as it differs now: one {@code _id}
	 * lookup per hundred documents on each side.
	 */
	List<Difference> recheck(ReadModels live, ReadModels rebuilt, List<Difference> suspects) {
		Map<String, List<String>> idsByModel = new LinkedHashMap<>();
		suspects.forEach(suspect -> idsByModel.computeIfAbsent(suspect.collection(), name -> new ArrayList<>())
			.add(suspect.id()));
		List<Difference> differences = new ArrayList<>();
		idsByModel.forEach((name, ids) -> {
			for (int from = 0; from < ids.size(); from += RECHECK_CHUNK) {
				List<String> chunk = ids.subList(from, Math.min(ids.size(), from + RECHECK_CHUNK));
				Map<String, Document> left = byId(collection(live, name), chunk);
				Map<String, Document> right = byId(collection(rebuilt, name), chunk);
				for (String id : chunk) {
					difference(name, id, left.get(id), right.get(id)).ifPresent(differences::add);
				}
			}
		});
		return differences;
	}

	private static Map<String, Document> byId(MongoCollection<Document> collection, List<String> ids) {
		Map<String, Document> found = new HashMap<>();
		collection.find(in("_id", ids)).forEach(document -> found.put(String.valueOf(document.get("_id")), document));
		return found;
	}

	private static Optional<Difference> difference(String name, String id, Document live, Document rebuilt) {
		if (live == null && rebuilt == null) {
			return Optional.empty();
		}
		if (rebuilt == null) {
			return Optional.of(new Difference(name, id, "ONLY_LIVE", List.of()));
		}
		if (live == null) {
			return Optional.of(new Difference(name, id, "ONLY_REBUILT", List.of()));
		}
		List<String> fields = differingFields(live, rebuilt);
		return fields.isEmpty() ? Optional.empty() : Optional.of(new Difference(name, id, "DIFFERENT", fields));
	}

	private static MongoCollection<Document> collection(ReadModels readModels, String name) {
		return readModels.collection(name, created -> {
		});
	}

	private static void compare(String name, MongoCollection<Document> live, MongoCollection<Document> rebuilt,
			List<Difference> differences, int limit) {
		// in batches: a sorted answer in one reply outgrows the wire's limit at national
		// size
		try (MongoCursor<Document> left = live.find().sort(Sorts.ascending("_id")).batchSize(BATCH).iterator();
				MongoCursor<Document> right = rebuilt.find().sort(Sorts.ascending("_id")).batchSize(BATCH).iterator()) {
			walk(name, left, right, differences, limit);
		}
	}

	private static void walk(String name, Iterator<Document> left, Iterator<Document> right,
			List<Difference> differences, int limit) {
		Document a = next(left);
		Document b = next(right);
		while ((a != null || b != null) && differences.size() < limit) {
			int order = (a == null) ? 1
					: (b == null) ? -1 : String.valueOf(a.get("_id")).compareTo(String.valueOf(b.get("_id")));
			if (order < 0) {
				differences.add(new Difference(name, String.valueOf(a.get("_id")), "ONLY_LIVE", List.of()));
				a = next(left);
			}
			else if (order > 0) {
				differences.add(new Difference(name, String.valueOf(b.get("_id")), "ONLY_REBUILT", List.of()));
				b = next(right);
			}
			else {
				difference(name, String.valueOf(a.get("_id")), a, b).ifPresent(differences::add);
				a = next(left);
				b = next(right);
			}
		}
	}

	private static List<String> differingFields(Document a, Document b) {
		Set<String> keys = new TreeSet<>(a.keySet());
		keys.addAll(b.keySet());
		return keys.stream().filter(key -> !Objects.equals(a.get(key), b.get(key))).toList();
	}

	private static Document next(Iterator<Document> documents) {
		return documents.hasNext() ? documents.next() : null;
	}

}
