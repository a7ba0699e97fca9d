package vn.cadre.support.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Lists longer than the limit are refused wherever a request holds them: typed fields,
 * arrays and maps, and lists at any depth of a value read as plain {@code Object} or as a
 * tree (the steps of a scenario).
 */
class ListLengthLimitTest {

	private static final int LIMIT = 3;

	private final ObjectMapper json = new ObjectMapper().registerModule(new ListLengthLimit(LIMIT));

	record Typed(List<String> codes, String[] names, Map<String, Integer> counts) {
	}

	record Untyped(String id, Map<String, Object> body, Object anything, JsonNode tree, ObjectNode object,
			ArrayNode array) {
	}

	@Test
	void listsUpToTheLimit_areRead() throws JsonProcessingException {
		Typed typed = this.json.readValue("{\"codes\":[\"a\",\"b\",\"c\"],\"names\":[\"x\"],\"counts\":{\"a\":1}}",
				Typed.class);
		Untyped untyped = this.json.readValue(
				"{\"id\":\"s1\",\"body\":{\"steps\":[1,2,3]},\"anything\":[[1,2,3]],\"tree\":{\"a\":[1,2,3]}}",
				Untyped.class);

		assertThat(typed.codes()).hasSize(3);
		assertThat(untyped.body()).containsEntry("steps", List.of(1, 2, 3));
		assertThat(untyped.tree().path("a").size()).isEqualTo(3);
	}

	@Test
	void aTypedListArrayOrMapBeyondTheLimit_isRefused() {
		assertRefused(Typed.class, "{\"codes\":[\"a\",\"b\",\"c\",\"d\"]}");
		assertRefused(Typed.class, "{\"names\":[\"a\",\"b\",\"c\",\"d\"]}");
		assertRefused(Typed.class, "{\"counts\":{\"a\":1,\"b\":2,\"c\":3,\"d\":4}}");
	}

	@Test
	void aListBeyondTheLimit_deepInsideAnUntypedValueOrATree_isRefused() {
		assertRefused(Untyped.class, "{\"body\":{\"steps\":[{\"ids\":[1,2,3,4]}]}}");
		assertRefused(Untyped.class, "{\"body\":{\"a\":1,\"b\":2,\"c\":3,\"d\":4}}");
		assertRefused(Untyped.class, "{\"anything\":[[[1,2,3,4]]]}");
		assertRefused(Untyped.class, "{\"tree\":{\"a\":{\"b\":[1,2,3,4]}}}");
		assertRefused(Untyped.class, "{\"tree\":[1,2,3,4]}");
		assertRefused(Untyped.class, "{\"object\":{\"a\":[1,2,3,4]}}");
		assertRefused(Untyped.class, "{\"array\":[[1,2,3,4]]}");
		assertRefused(JsonNode.class, "{\"a\":[1,2,3,4]}");
	}

	@Test
	void aListReadIntoAnExistingValue_isCountedToo() {
		assertThatThrownBy(() -> this.json.readerForUpdating(new ArrayList<>(List.of("a")))
			.forType(new TypeReference<List<String>>() {
			})
			.readValue("[\"b\",\"c\",\"d\",\"e\"]")).hasMessageContaining("A list holds at most 3 items");
	}

	private void assertRefused(Class<?> type, String body) {
		assertThatThrownBy(() -> this.json.readValue(body, type)).as(body)
			.isInstanceOf(JsonProcessingException.class)
			.hasMessageContaining("A list holds at most 3 items; this one holds 4");
	}

}
