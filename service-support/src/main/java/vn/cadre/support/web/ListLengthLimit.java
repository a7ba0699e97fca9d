package vn.cadre.support.web;

import java.io.IOException;
import java.lang.reflect.Array;
import java.util.Collection;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.JsonNodeDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.ArrayType;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.MapType;

/**
 * Refuses a JSON list (or object read as a map) longer than the limit wherever a request
 * holds one: in a typed field, and at any depth of a value read as plain {@code Object}
 * or as a JSON tree. Jackson itself limits texts and nesting but not lists.
 */
final class ListLengthLimit extends SimpleModule {

	ListLengthLimit(int maxItems) {
		super("cadre-list-length-limit");
		// trees bypass the modifier below, so their deserializers are replaced
		limitTree(JsonNode.class, maxItems);
		limitTree(ObjectNode.class, maxItems);
		limitTree(ArrayNode.class, maxItems);
		setDeserializerModifier(new BeanDeserializerModifier() {

			@Override
			public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
					BeanDescription description, JsonDeserializer<?> deserializer) {
				return new Limited(deserializer, maxItems, false);
			}

			@Override
			public JsonDeserializer<?> modifyArrayDeserializer(DeserializationConfig config, ArrayType type,
					BeanDescription description, JsonDeserializer<?> deserializer) {
				return new Limited(deserializer, maxItems, false);
			}

			@Override
			public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
					JsonDeserializer<?> deserializer) {
				// an untyped value is built whole by one deserializer: its lists are
				// counted there, at every depth
				return (description.getBeanClass() == Object.class) ? new Limited(deserializer, maxItems, true)
						: deserializer;
			}

			@Override
			public JsonDeserializer<?> modifyMapDeserializer(DeserializationConfig config, MapType type,
					BeanDescription description, JsonDeserializer<?> deserializer) {
				return new Limited(deserializer, maxItems, false);
			}

		});
	}

	@SuppressWarnings("unchecked")
	private <T extends JsonNode> void limitTree(Class<T> type, int maxItems) {
		addDeserializer(type,
				(JsonDeserializer<T>) (JsonDeserializer<?>) new Limited(JsonNodeDeserializer.getDeserializer(type),
						maxItems, true));
	}

	private static final class Limited extends DelegatingDeserializer {

		private final int maxItems;

		private final boolean nested;

		Limited(JsonDeserializer<?> delegate, int maxItems, boolean nested) {
			super(delegate);
			this.maxItems = maxItems;
			this.nested = nested;
		}

		@Override
		protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
			return new Limited(delegate, this.maxItems, this.nested);
		}

		@Override
		public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			Object value = super.deserialize(parser, context);
			check(parser, value);
			return value;
		}

		@Override
		public Object deserialize(JsonParser parser, DeserializationContext context, Object into) throws IOException {
			Object value = super.deserialize(parser, context, into);
			check(parser, value);
			return value;
		}

		private void check(JsonParser parser, Object value) throws JsonMappingException {
			int size = (value instanceof Collection<?> items) ? items.size()
					: (value instanceof Map<?, ?> entries) ? entries.size()
							: (value instanceof JsonNode node && node.isContainerNode()) ? node.size()
									: (value != null && value.getClass().isArray()) ? Array.getLength(value) : 0;
			if (size > this.maxItems) {
				throw new RefusedJson(parser, ProblemResponses.text("field.list-too-long", this.maxItems, size));
			}
			if (!this.nested) {
				return;
			}
			// depth is bounded by the parser's nesting limit
			if (value instanceof Collection<?> items) {
				for (Object item : items) {
					check(parser, item);
				}
			}
			else if (value instanceof Map<?, ?> entries) {
				for (Object item : entries.values()) {
					check(parser, item);
				}
			}
			else if (value instanceof JsonNode node && node.isContainerNode()) {
				for (JsonNode item : node) {
					check(parser, item);
				}
			}
		}

	}

}
