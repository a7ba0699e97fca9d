package vn.cadre.reporting.digests;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.cadre.kernel.chain.ChainDigest;
import vn.cadre.reporting.config.ReportingProperties;

/**
 * {@code chain_digests}: one document per digested position. A digest that names a
 * position already kept with another hash is kept beside it, not over it: two hashes for
 * one position is itself evidence that the history was rewritten between them.
 */
@Component
public class DigestRecords {

	private final MongoCollection<Document> digests;

	private final MongoCollection<Document> conflicts;

	DigestRecords(com.mongodb.client.MongoClient mongo, ReportingProperties properties) {
		MongoDatabase database = mongo.getDatabase(properties.database());
		this.digests = database.getCollection("chain_digests");
		this.conflicts = database.getCollection("chain_digest_conflicts");
	}

	/** A kept digest and when this side received it. */
	public record Kept(long position, String hash, Instant sealedAt, Instant receivedAt) {

		ChainDigest digest() {
			return new ChainDigest(this.position, this.hash, this.sealedAt);
		}

	}

	public void keep(ChainDigest digest, Instant receivedAt) {
		Document existing = this.digests.find(Filters.eq("_id", digest.position())).first();
		Document document = new Document("_id", digest.position()).append("hash", digest.hash())
			.append("sealedAt", Date.from(digest.sealedAt()))
			.append("receivedAt", Date.from(receivedAt));
		if (existing == null) {
			this.digests.replaceOne(Filters.eq("_id", digest.position()), document, new ReplaceOptions().upsert(true));
		}
		else if (!digest.hash().equals(existing.getString("hash"))) {
			String id = digest.position() + ":" + digest.hash();
			this.conflicts.replaceOne(Filters.eq("_id", id),
					document.append("_id", id)
						.append("position", digest.position())
						.append("keptHash", existing.getString("hash")),
					new ReplaceOptions().upsert(true));
		}
	}

	public Optional<Kept> latest() {
		return Optional.ofNullable(this.digests.find().sort(Sorts.descending("_id")).limit(1).first())
			.map(DigestRecords::kept);
	}

	/** The latest digests first. */
	public List<Kept> page(int page, int size) {
		List<Kept> kept = new ArrayList<>();
		this.digests.find()
			.sort(Sorts.descending("_id"))
			.skip(page * size)
			.limit(size)
			.forEach((document) -> kept.add(kept(document)));
		return kept;
	}

	/** Positions for which two different hashes were digested. */
	public long conflicts() {
		return this.conflicts.countDocuments();
	}

	private static Kept kept(Document document) {
		return new Kept(document.get("_id", Number.class).longValue(), document.getString("hash"),
				document.getDate("sealedAt").toInstant(), document.getDate("receivedAt").toInstant());
	}

}
