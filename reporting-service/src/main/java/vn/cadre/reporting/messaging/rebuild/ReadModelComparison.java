package vn.cadre.reporting.messaging.rebuild;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.cadre.reporting.projection.Generations;
import vn.cadre.reporting.projection.ReadModels;

/**
 * Compares two generations of the read models document by document, walking both in id
 * order so neither is held in memory.
 */
@Component
public class ReadModelComparison {

	static final int LIMIT = 1000;

	private static final int BATCH = 1000;

	/** A document that is missing on one side or differs, with the fields that differ. */
	public record Difference(String collection, String id, String kind, List<String> fields) {

	}

	public List<Difference> compare(ReadModels live, ReadModels rebuilt) {
		List<Difference> differences = new ArrayList<>();
		for (String name : Generations.READ_MODELS) {
			compare(name, collection(live, name), collection(rebuilt, name), differences);
		}
		return differences;
	}

	private static MongoCollection<Document> collection(ReadModels readModels, String name) {
		return readModels.collection(name, created -> {
		});
	}

	private static void compare(String name, MongoCollection<Document> live, MongoCollection<Document> rebuilt,
			List<Difference> differences) {
		// in batches: a sorted answer in one reply outgrows the wire's limit at national
		// size
		try (MongoCursor<Document> left = live.find().sort(Sorts.ascending("_id")).batchSize(BATCH).iterator();
				MongoCursor<Document> right = rebuilt.find().sort(Sorts.ascending("_id")).batchSize(BATCH).iterator()) {
			walk(name, left, right, differences);
		}
	}

	private static void walk(String name, Iterator<Document> left, Iterator<Document> right,
			List<Difference> differences) {
		Document a = next(left);
		Document b = next(right);
		while ((a != null || b != null) && differences.size() < LIMIT) {
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
				List<String> fields = differingFields(a, b);
				if (!fields.isEmpty()) {
					differences.add(new Difference(name, String.valueOf(a.get("_id")), "DIFFERENT", fields));
				}
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
