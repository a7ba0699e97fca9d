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
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.ArrayType;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.MapType;

/**
 * Refuses a JSON list (or object read as a map) longer than the limit wherever a request
 * record holds one; Jackson itself limits texts and nesting but not lists. Values read as
 * plain {@code Object} are not counted; the body size bounds them.
 */
final class ListLengthLimit extends SimpleModule {

	ListLengthLimit(int maxItems) {
		super("cadre-list-length-limit");
		setDeserializerModifier(new BeanDeserializerModifier() {

			@Override
			public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
					BeanDescription description, JsonDeserializer<?> deserializer) {
				return new Limited(deserializer, maxItems);
			}

			@Override
			public JsonDeserializer<?> modifyArrayDeserializer(DeserializationConfig config, ArrayType type,
					BeanDescription description, JsonDeserializer<?> deserializer) {
				return new Limited(deserializer, maxItems);
			}

			@Override
			public JsonDeserializer<?> modifyMapDeserializer(DeserializationConfig config, MapType type,
					BeanDescription description, JsonDeserializer<?> deserializer) {
				return new Limited(deserializer, maxItems);
			}

		});
	}

	private static final class Limited extends DelegatingDeserializer {

		private final int maxItems;

		Limited(JsonDeserializer<?> delegate, int maxItems) {
			super(delegate);
			this.maxItems = maxItems;
		}

		@Override
		protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
			return new Limited(delegate, this.maxItems);
		}

		@Override
		public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			Object value = super.deserialize(parser, context);
			int size = (value instanceof Collection<?> items) ? items.size() : (value instanceof Map<?, ?> entries)
					? entries.size() : (value != null && value.getClass().isArray()) ? Array.getLength(value) : 0;
			if (size > this.maxItems) {
				throw JsonMappingException.from(parser,
						"Danh sách quá dài / A list holds at most " + this.maxItems + " items; this one holds " + size);
			}
			return value;
		}

	}

}
