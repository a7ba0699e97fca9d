package vn.cadre.reporting.projection;

import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Component;

import static com.mongodb.client.model.Filters.eq;

/**
 * Which generation of the read models is served, and whether a switch to a rebuilt one is
 * under way. One document holds it, so every instance of the service sees a switch at
 * once and a query never reads half of one generation and half of another.
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

	/** A new generation to build beside the served one, emptied first. */
	public ReadModels next() {
		ReadModels next = new ReadModels(this.database, current().getInteger("serving", 1) + 1);
		next.drop();
		return next;
	}

	public void beginSwitch() {
		this.state.updateOne(eq("_id", ID), Updates.set("switching", true), new UpdateOptions().upsert(true));
	}

	/**
	 * Serves {@code rebuilt} from now on, in one write, and drops the generation it
	 * replaces.
	 */
	public void serve(ReadModels rebuilt) {
		Document before = this.state.findOneAndUpdate(eq("_id", ID),
				Updates.combine(Updates.set("serving", rebuilt.generation()), Updates.set("switching", false)),
				new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE));
		int replaced = (before != null) ? before.getInteger("serving", 1) : 1;
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

	private Document current() {
		Document document = this.state.find(eq("_id", ID)).first();
		return (document != null) ? document : new Document();
	}

}
