package vn.cadre.assignments.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.mongodb.MongoWriteException;
import com.mongodb.ErrorCategory;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.cadre.assignments.config.AssignmentsProperties;

import static com.mongodb.client.model.Filters.eq;

/**
 * The first outcome of each client command id. A command id is claimed by inserting its
 * document (one insert per {@code _id} can succeed), completed with the response, or
 * released when the attempt failed without an answer.
 */
@Component
class CommandOutcomes {

	/**
	 * A claim older than this is taken to belong to a crashed attempt and may be taken
	 * over.
	 */
	static final Duration STALE_CLAIM = Duration.ofMinutes(2);

	private final MongoCollection<Document> outcomes;

	CommandOutcomes(MongoClient mongo, AssignmentsProperties properties) {
		this.outcomes = mongo.getDatabase(properties.database()).getCollection("command_outcomes");
	}

	/** Claims the id for this request, or returns what is already recorded under it. */
	Optional<Document> claimOrExisting(String commandId, String requestHash) {
		try {
			this.outcomes.insertOne(new Document("_id", commandId).append("state", "PENDING")
				.append("requestHash", requestHash)
				.append("claimedAt", Instant.now().toString()));
			return Optional.empty();
		}
		catch (MongoWriteException ex) {
			if (ex.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
				throw ex;
			}
			Document existing = this.outcomes.find(eq("_id", commandId)).first();
			if (existing != null && isStale(existing)
					&& this.outcomes
						.replaceOne(Filters.and(eq("_id", commandId), eq("claimedAt", existing.getString("claimedAt"))),
								new Document("_id", commandId).append("state", "PENDING")
									.append("requestHash", requestHash)
									.append("claimedAt", Instant.now().toString()))
						.getModifiedCount() == 1) {
				return Optional.empty();
			}
			return Optional.ofNullable(existing);
		}
	}

	void complete(String commandId, int status, String contentType, String location, String position, String body) {
		this.outcomes.updateOne(eq("_id", commandId),
				new Document("$set",
						new Document("state", "COMPLETED").append("status", status)
							.append("contentType", contentType)
							.append("location", location)
							.append("position", position)
							.append("body", body)
							.append("completedAt", Instant.now().toString())));
	}

	void release(String commandId) {
		this.outcomes.deleteOne(Filters.and(eq("_id", commandId), eq("state", "PENDING")));
	}

	private static boolean isStale(Document outcome) {
		return "PENDING".equals(outcome.getString("state"))
				&& Instant.parse(outcome.getString("claimedAt")).isBefore(Instant.now().minus(STALE_CLAIM));
	}

}
