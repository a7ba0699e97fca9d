package vn.cadre.support.web;

import java.io.IOException;
import java.util.Collection;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.CollectionType;

/**
 * Refuses a JSON list longer than the limit wherever a request record holds one; Jackson
 * itself limits texts and nesting but not lists.
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
			if (value instanceof Collection<?> items && items.size() > this.maxItems) {
				throw JsonMappingException.from(parser, "Danh sách quá dài / A list holds at most " + this.maxItems
						+ " items; this one holds " + items.size());
			}
			return value;
		}

	}

}
