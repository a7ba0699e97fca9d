package vn.cadre.localstack.history;

import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import vn.cadre.assignments.eventstore.EventStoreCollections;
import vn.cadre.assignments.eventstore.MongoEventStorageEngine;
import vn.cadre.kernel.EventRevision;

/**
 * Appends generated commits through the command side's own
 * {@link MongoEventStorageEngine}, serialized as assignments-service serializes events
 * (Jackson with Spring Boot's defaults, revisions from the kernel's annotation), into the
 * database the service reads.
 */
public final class EventStoreWriter implements NationalHistory.Sink, AutoCloseable {

	/** The database assignments-service uses by default. */
	public static final String DATABASE = "cadre_assignments";

	private final MongoServer server;

	private final MongoClient client;

	private final MongoEventStorageEngine engine;

	private EventStoreWriter(MongoServer server, MongoClient client) {
		this.server = server;
		this.client = client;
		Serializer serializer = serializer();
		this.engine = MongoEventStorageEngine.builder()
			.collections(EventStoreCollections.in(client.getDatabase(DATABASE)))
			.eventSerializer(serializer)
			.snapshotSerializer(serializer)
			.build();
	}

	/**
	 * Opens the embedded default's file-backed event store ({@code data/mongo/events.mv})
	 * on a loopback port of its own.
	 */
	public static EventStoreWriter onFile(Path file) {
		MongoServer server = new MongoServer(new H2Backend(file.toString()));
		return on(server);
	}

	/** Writes to a server the caller started; it is shut down on close. */
	public static EventStoreWriter on(MongoServer server) {
		var address = server.bind();
		MongoClient client = MongoClients
			.create("mongodb://" + address.getHostString() + ":" + address.getPort() + "/?retryWrites=false");
		return new EventStoreWriter(server, client);
	}

	public MongoEventStorageEngine engine() {
		return this.engine;
	}

	@Override
	public void append(List<DomainEventMessage<?>> commit) {
		this.engine.appendEvents(commit);
	}

	static Serializer serializer() {
		JsonMapper mapper = JsonMapper.builder()
			.findAndAddModules()
			.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.disable(MapperFeature.DEFAULT_VIEW_INCLUSION)
			.build();
		return JacksonSerializer.builder().objectMapper(mapper).revisionResolver(type -> {
			EventRevision revision = type.getAnnotation(EventRevision.class);
			return (revision != null) ? revision.value() : null;
		}).build();
	}

	@Override
	public void close() {
		this.client.close();
		this.server.shutdown();
	}

}
