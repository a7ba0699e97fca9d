package vn.cadre.support.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import vn.cadre.support.text.Text;

/**
 * How request bodies are read: exactly as written or not at all. A client's mistake (a
 * number for a date, a misspelt field, a float for a count, a name of invisible
 * characters) is refused with the field named instead of being stored in a form nobody
 * meant. Only requests are read this way: events and Kafka records are read leniently by
 * the application's own mapper, so a newer writer's extra field does not stop a reader.
 */
public final class StrictJson {

	/**
	 * The earliest day a request may name: the state whose offices are recorded began in
	 * 1945.
	 */
	public static final LocalDate EARLIEST_DAY = LocalDate.of(1945, 1, 1);

	/** The latest day a request may name; an open end is written as an absent field. */
	public static final LocalDate LATEST_DAY = LocalDate.of(2100, 12, 31);

	private StrictJson() {
	}

	/** Makes {@code mapper} strict; answers it for chaining. */
	public static ObjectMapper strict(ObjectMapper mapper) {
		mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
				DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
		mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
		mapper.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
		for (LogicalType scalar : new LogicalType[] { LogicalType.Integer, LogicalType.Float, LogicalType.Boolean,
				LogicalType.Textual, LogicalType.DateTime, LogicalType.Enum }) {
			mapper.coercionConfigFor(scalar)
				.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
		}
		// the shapes each type is written in stay allowed
		mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
		mapper.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
		mapper.coercionConfigFor(LogicalType.DateTime)
			.setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
		SimpleModule module = new SimpleModule("cadre-strict-json");
		module.addDeserializer(String.class, new CleanText(false));
		module.addDeserializer(LocalDate.class, new IsoDay());
		mapper.registerModule(module);
		return mapper;
	}

	/**
	 * Marks a text field read exactly as sent, neither normalised nor checked: a secret
	 * (a password) whose bytes must be the ones typed at sign-in.
	 */
	@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
	@java.lang.annotation.Target({ java.lang.annotation.ElementType.FIELD, java.lang.annotation.ElementType.PARAMETER,
			java.lang.annotation.ElementType.RECORD_COMPONENT, java.lang.annotation.ElementType.METHOD })
	public @interface RawText {

	}

	/**
	 * Marks a text field whose value may span lines (a reason typed in a form); every
	 * other text is one line.
	 */
	@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
	@java.lang.annotation.Target({ java.lang.annotation.ElementType.FIELD, java.lang.annotation.ElementType.PARAMETER,
			java.lang.annotation.ElementType.RECORD_COMPONENT, java.lang.annotation.ElementType.METHOD })
	public @interface MultilineText {

	}

	/**
	 * Text in one canonical form: NFC, without surrounding white space, and without the
	 * characters that hide or disguise what a reader sees (controls, bidirectional
	 * overrides, zero-width marks, lone surrogate halves).
	 */
	static final class CleanText extends StdScalarDeserializer<String> implements ContextualDeserializer {

		private final boolean multiline;

		CleanText(boolean multiline) {
			super(String.class);
			this.multiline = multiline;
		}

		@Override
		public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
			if (property != null && property.getAnnotation(RawText.class) != null) {
				return StringDeserializer.instance;
			}
			boolean lines = property != null && property.getAnnotation(MultilineText.class) != null;
			return (lines == this.multiline) ? this : new CleanText(lines);
		}

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			if (parser.currentToken() != JsonToken.VALUE_STRING) {
				throw new RefusedJson(parser, ProblemResponses.text("field.text-in-quotes"));
			}
			Text problem = TextRules.problem(parser.getText(), this.multiline);
			if (problem != null) {
				throw new RefusedJson(parser, problem);
			}
			// white space alone stays an empty text, never null: a required field is
			// then reported with the request's other faults, and an optional one is
			// refused by its own rule instead of silently meaning "not given"
			String text = TextRules.canonical(parser.getText());
			return text;
		}

	}

	/**
	 * A day written {@code yyyy-MM-dd}, within {@link #EARLIEST_DAY} and
	 * {@link #LATEST_DAY}.
	 */
	static final class IsoDay extends StdScalarDeserializer<LocalDate> {

		private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

		IsoDay() {
			super(LocalDate.class);
		}

		@Override
		public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			if (parser.currentToken() != JsonToken.VALUE_STRING) {
				throw new RefusedJson(parser, ProblemResponses.text("day.as-text"));
			}
			String text = parser.getText();
			if (!SHAPE.matcher(text).matches()) {
				throw new RefusedJson(parser, ProblemResponses.text("day.form"));
			}
			LocalDate day;
			try {
				day = LocalDate.parse(text);
			}
			catch (DateTimeParseException ex) {
				throw new RefusedJson(parser, ProblemResponses.text("day.no-such-day"));
			}
			if (day.isBefore(EARLIEST_DAY) || day.isAfter(LATEST_DAY)) {
				throw new RefusedJson(parser, ProblemResponses.text("day.out-of-range", EARLIEST_DAY, LATEST_DAY));
			}
			return day;
		}

	}

}
