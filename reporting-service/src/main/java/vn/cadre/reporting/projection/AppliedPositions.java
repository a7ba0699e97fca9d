package vn.cadre.reporting.projection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * The latest global position each read model has applied, from the checkpoints: what an
 * answer's ETag is made of, since an answer can change only when a read model moves on.
 */
@Component
public class AppliedPositions {

	/** Where the consumers keep the offset and position each projection has applied. */
	public static final String CHECKPOINTS = "projection_checkpoints";

	private final MongoCollection<Document> checkpoints;

	AppliedPositions(MongoDatabase readModels) {
		this.checkpoints = readModels.getCollection(CHECKPOINTS);
	}

	/** A tag that changes whenever any read model applies an event. */
	public String tag() {
		long highest = 0;
		long sum = 0;
		for (Document checkpoint : this.checkpoints.find()) {
			long position = checkpoint.get("position", Number.class).longValue();
			highest = Math.max(highest, position);
			sum += checkpoint.get("offset", Number.class).longValue();
		}
		return highest + "-" + sum;
	}

}
