package vn.cadre.reporting.projection;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Component;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

/**
 * Which generation of the read models is served, and whether a switch to a rebuilt one is
 * under way. One document holds it, so every instance of the service sees a switch at
 * once and a query never reads half of one generation and half of another. The same
 * document says which rebuild (or check) builds the next generation, so that two
 * instances never build it at once.
 */
@Component
public class Generations {

	/**
	 * Every collection of the read models, named as in the first generation, which
	 * carries no suffix: what a generation drops and what the consistency check compares.
	 */
	public static final List<String> READ_MODELS = List.of("units", "mandate_versions", "mandate_units",
			"mandate_heads", "briefings_by_unit", "audit_log", "audit_mandates");

	private static final String ID = "read-models";

	/**
	 * The field naming the rebuild that builds the next generation, and when it last said
	 * so.
	 */
	private static final String BUILDER = "building";

	private final MongoDatabase database;

	private final MongoCollection<Document> state;

	public Generations(MongoDatabase readModels) {
		this.database = readModels;
		this.state = readModels.getCollection("read_model_generations");
	}

	public ReadModels serving() {
		return new ReadModels(this.database, current().getInteger("serving", 1));
	}

	/**
	 * The served generation and whether a switch is under way (live consumers hold still
	 * while a rebuilt generation takes over), read together.
	 */
	public Served served() {
		Document current = current();
		return new Served(new ReadModels(this.database, current.getInteger("serving", 1)),
				current.getBoolean("switching", false));
	}

	/** What {@link #served} read: one round trip for a consumer's every poll. */
	public record Served(ReadModels readModels, boolean switching) {

	}

	/**
	 * A new generation to build beside the served one, emptied first, with whatever is
	 * left of generations no longer served.
	 */
	public ReadModels next() {
		int serving = current().getInteger("serving", 1);
		ReadModels.dropAllBut(this.database, serving);
		return new ReadModels(this.database, serving + 1);
	}

	public void beginSwitch() {
		this.state.updateOne(eq("_id", ID), Updates.set("switching", true), new UpdateOptions().upsert(true));
	}

	/**
	 * Serves {@code rebuilt}, which rebuild {@code rebuildId} built, from now on, in one
	 * write, and drops the generation it replaces; only while that rebuild holds the
	 * claim on the next generation: false, and nothing changed, if another took it over.
	 */
	public boolean serve(ReadModels rebuilt, String rebuildId) {
		Document before = this.state.findOneAndUpdate(and(eq("_id", ID), eq(BUILDER + ".id", rebuildId)),
				Updates.combine(Updates.set("serving", rebuilt.generation()), Updates.set("switching", false)),
				new FindOneAndUpdateOptions().returnDocument(ReturnDocument.BEFORE));
		if (before == null) {
			return false;
		}
		dropReplaced(before, rebuilt);
		return true;
	}

	private void dropReplaced(Document before, ReadModels rebuilt) {
		int replaced = before.getInteger("serving", 1);
		if (replaced != rebuilt.generation()) {
			new ReadModels(this.database, replaced).drop();
		}
	}

	/** Drops a generation that is not served: a check's scratch, or a failed rebuild. */
	public void discard(ReadModels generation) {
		if (generation.generation() != serving().generation()) {
			generation.drop();
		}
	}

	/** Gives up a switch that could not finish; the served generation stays. */
	public void abandonSwitch() {
		this.state.updateOne(eq("_id", ID), Updates.set("switching", false));
	}

	/**
	 * Claims the building of the next generation for {@code rebuildId}. Every rebuild and
	 * check builds the same one (the served generation plus one) and starts by emptying
	 * it, so a second one, on another instance, would empty the first's work, and the
	 * first would then serve a generation missing events. A claim holds while it is
	 * renewed within {@code lease}; one left longer (its process gone) is taken over.
	 * @return the id of the rebuild that holds the claim: {@code rebuildId} if it was
	 * claimed
	 */
	public String claimNext(String rebuildId, Instant now, Duration lease) {
		this.state.updateOne(eq("_id", ID), Updates.setOnInsert("switching", false), new UpdateOptions().upsert(true));
		while (true) {
			// no switch can be under way while nobody holds the claim: one left by a
			// holder that died mid-switch would stall the live consumers
			Document claimed = this.state.findOneAndUpdate(
					and(eq("_id", ID),
							or(eq(BUILDER, null), eq(BUILDER + ".id", rebuildId),
									lt(BUILDER + ".renewedAt", Date.from(now.minus(lease))))),
					Updates.combine(
							Updates.set(BUILDER, new Document("id", rebuildId).append("renewedAt", Date.from(now))),
							Updates.set("switching", false)),
					new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
			if (claimed != null) {
				return rebuildId;
			}
			Document holder = current().get(BUILDER, Document.class);
			if (holder != null) {
				return holder.getString("id");
			}
			// released between the two reads: try again
		}
	}

	/**
	 * Renews {@code rebuildId}'s claim; false if it no longer holds it (it was silent
	 * past its lease and another rebuild took over), when it must stop writing.
	 */
	public boolean renewNext(String rebuildId, Instant now) {
		return this.state
			.updateOne(and(eq("_id", ID), eq(BUILDER + ".id", rebuildId)),
					Updates.set(BUILDER + ".renewedAt", Date.from(now)))
			.getMatchedCount() == 1;
	}

	/** Gives up {@code rebuildId}'s claim, if it still holds it. */
	public void releaseNext(String rebuildId) {
		this.state.updateOne(and(eq("_id", ID), eq(BUILDER + ".id", rebuildId)), Updates.unset(BUILDER));
	}

	private Document current() {
		Document document = this.state.find(eq("_id", ID)).first();
		return (document != null) ? document : new Document();
	}

}
