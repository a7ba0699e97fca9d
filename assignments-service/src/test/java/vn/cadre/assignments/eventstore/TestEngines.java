package vn.cadre.assignments.eventstore;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * The engine as the tests build it: Jackson with ISO dates, like the service's own
 * configuration.
 */
public final class TestEngines {

	private TestEngines() {
	}

	public static JacksonSerializer serializer() {
		ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
			.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
		return JacksonSerializer.builder().objectMapper(mapper).build();
	}

	/** A builder with the collections and serializers set; tests add what they vary. */
	public static MongoEventStorageEngine.Builder builder(EventStoreCollections collections) {
		JacksonSerializer serializer = serializer();
		return MongoEventStorageEngine.builder()
			.collections(collections)
			.eventSerializer(serializer)
			.snapshotSerializer(serializer);
	}

}
