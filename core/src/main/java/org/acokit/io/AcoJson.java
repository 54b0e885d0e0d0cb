/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one place that builds the project's Jackson {@link ObjectMapper} and turns what it cannot
 * read into the library's {@link Failure}.
 * <p>
 * Strict by design, because contract terms and rule tables are read from JSON: an unknown
 * property, a key given twice in one object, a null for a primitive, a float for an int, a number
 * too large for a double ({@code 1e400}), anything after the document, or a document that is
 * empty or just {@code null} is an error. Dates are ISO-8601 strings. The mapper is thread-safe
 * once built; {@link #mapper()} returns a new one each time so callers may not change a shared
 * instance.
 * <p>
 * {@link #read(ObjectMapper, Class, String, String, String)} and
 * {@link #read(ObjectMapper, Class, Path, String)} read a document and throw a
 * {@link FailureException} whose failure names the source (the file), the JSON path of the field
 * (such as {@code $.savingsBands[1].rate}), the offending value and what was expected, with the
 * library's own words: no Jackson exception or message reaches the caller. The
 * {@code readTree} methods read a document of any shape as a {@link JsonNode} tree, equally
 * strictly, for readers that walk the tree themselves (FHIR resources, qpp-measures-data). A file
 * or bytes in UTF-16 or UTF-32 are refused naming the encoding ({@link TextFiles#otherEncoding}). Codes:
 * {@link FailureCode#MISSING_VALUE} (an empty document, {@code null}, a missing or null field),
 * {@link FailureCode#UNPARSEABLE} (not well-formed JSON, a value of the wrong type, a byte that is
 * not UTF-8), {@link FailureCode#NOT_FINITE} (a number beyond the range of a double),
 * {@link FailureCode#DUPLICATE} (a key given twice in one object, naming the key's JSON path),
 * {@link FailureCode#INVALID_VALUE} (an unknown property, a value the type refuses) and
 * {@link FailureCode#MISSING_INPUT} (a file that does not exist).
 */
public final class AcoJson {

  /** The message of the format error raised for a number that is not finite. */
  private static final String NOT_FINITE = "not a finite number";

  /** The mapper of the tree readers. */
  private static final ObjectMapper TREES = mapper();

  private AcoJson() {
  }

  /**
   * Builds the project's JSON mapper.
   *
   * @return a new strict mapper
   */
  public static ObjectMapper mapper() {
    return JsonMapper.builder()
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .addModule(new GuavaModule())
        .addModule(finiteNumbers())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .build();
  }

  /**
   * Reads a JSON document given as text.
   *
   * @param <T> the type
   * @param mapper the mapper, one of {@link #mapper()}'s
   * @param type the type to read
   * @param json the JSON text
   * @param document what the document holds, for messages, such as {@code "contract terms"}
   * @param source where the text came from, such as a file name, or null for text given in code
   * @return the value, never null
   * @throws FailureException if the text is empty, {@code null} or not a valid document of the
   *     type, naming the JSON path, the value and what was expected
   */
  public static <T> T read(ObjectMapper mapper, Class<T> type, String json, String document, String source) {
    String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
    if (text.isBlank()) {
      throw failure(FailureCode.MISSING_VALUE, source, "$", null,
          document + " JSON is empty (expected " + describe(type) + ")");
    }
    T value;
    try {
      value = mapper.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw failure(e, type, document, source);
    }
    if (value == null || value instanceof JsonNode && ((JsonNode) value).isNull()) {
      throw failure(FailureCode.MISSING_VALUE, source, "$", "null",
          document + " JSON is null (expected " + describe(type) + ")");
    }
    return value;
  }

  /**
   * Reads a JSON document from a file, UTF-8 with or without a byte-order mark.
   *
   * @param <T> the type
   * @param mapper the mapper, one of {@link #mapper()}'s
   * @param type the type to read
   * @param file the file
   * @param document what the document holds, for messages, such as {@code "contract terms"}
   * @return the value, never null
   * @throws FailureException if the file does not exist ({@link FailureCode#MISSING_INPUT}), is
   *     not UTF-8 or is not a valid document of the type; the failure's source is the file
   * @throws UncheckedIOException if the file exists but cannot be read
   */
  public static <T> T read(ObjectMapper mapper, Class<T> type, Path file, String document) {
    return read(mapper, type, TextFiles.readUtf8(file, document + " JSON"), document, file.toString());
  }

  /**
   * Reads a JSON document of any shape from a file, UTF-8 with or without a byte-order mark.
   *
   * @param file the file
   * @param document what the document holds, for messages, such as {@code "FHIR ValueSet"}
   * @return the document, never null, missing or a JSON {@code null}
   * @throws FailureException if the file does not exist ({@link FailureCode#MISSING_INPUT}), is
   *     not UTF-8, is not one well-formed JSON value ({@link FailureCode#UNPARSEABLE}), repeats a
   *     key in an object ({@link FailureCode#DUPLICATE}) or is empty or {@code null}
   *     ({@link FailureCode#MISSING_VALUE}); the failure's source is the file
   * @throws UncheckedIOException if the file exists but cannot be read
   */
  public static JsonNode readTree(Path file, String document) {
    return readTree(TextFiles.readBytes(file, document + " JSON"), document, file.toString());
  }

  /**
   * Reads a JSON document of any shape held as bytes, UTF-8 with or without a byte-order mark.
   *
   * @param bytes the bytes
   * @param document what the document holds, for messages
   * @param source where the bytes came from, such as a file name
   * @return the document, never null, missing or a JSON {@code null}
   * @throws FailureException as {@link #readTree(Path, String)}
   */
  public static JsonNode readTree(byte[] bytes, String document, String source) {
    return read(TREES, JsonNode.class, TextFiles.utf8(bytes, source, document + " JSON"), document, source);
  }

  /**
   * Reads a JSON document of any shape held as text, such as one line of NDJSON.
   *
   * @param json the text
   * @param document what the document holds, for messages
   * @param source where the text came from, such as a file name and line, or null for text given in code
   * @return the document, never null, missing or a JSON {@code null}
   * @throws FailureException as {@link #readTree(Path, String)}
   */
  public static JsonNode readTree(String json, String document, String source) {
    return read(TREES, JsonNode.class, json, document, source);
  }

  private static FailureException failure(FailureCode code, String source, String path, String value, String message) {
    Failure.Builder f = Failure.builder().code(code).path(path).value(java.util.Optional.ofNullable(value))
        .message(source == null ? message : source + ": " + message);
    if (source != null) {
      f.source(source);
    }
    return new FailureException(f.build());
  }

  /** The failure of a Jackson error, in the library's words. */
  private static FailureException failure(JsonProcessingException e, Class<?> type, String document, String source) {
    String at = at(e.getLocation());
    if (e instanceof JsonMappingException && e.getCause() instanceof JsonProcessingException
        && !(e.getCause() instanceof JsonMappingException)) {
      // A syntax error met while mapping a nested value: the mapping knows the path.
      return syntaxFailure((JsonProcessingException) e.getCause(), path((JsonMappingException) e), type, document,
          source);
    }
    if (e instanceof JsonMappingException) {
      JsonMappingException m = (JsonMappingException) e;
      String path = path(m);
      if (m.getOriginalMessage() != null && m.getOriginalMessage().startsWith("Trailing token")) {
        return failure(FailureCode.UNPARSEABLE, source, "$", null, document + " JSON goes on after its end" + at
            + " (expected one JSON value)");
      }
      if (m instanceof UnrecognizedPropertyException) {
        UnrecognizedPropertyException u = (UnrecognizedPropertyException) m;
        String known = u.getKnownPropertyIds() == null ? "" : " (expected one of "
            + u.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")) + ")";
        return failure(FailureCode.INVALID_VALUE, source, path, u.getPropertyName(),
            document + " JSON has an unknown property " + path + at + known);
      }
      if (m instanceof InvalidFormatException) {
        InvalidFormatException f = (InvalidFormatException) m;
        String value = String.valueOf(f.getValue());
        if (NOT_FINITE.equals(f.getOriginalMessage())) {
          return failure(FailureCode.NOT_FINITE, source, path, value, document + " JSON at " + path + at + ": "
              + (value.length() > 40 ? value.substring(0, 40) + "..." : value) + " is beyond the range of a double (expected a finite number)");
        }
        return failure(FailureCode.UNPARSEABLE, source, path, value, document + " JSON at " + path + at + ": '"
            + value + "' is not " + describe(f.getTargetType()));
      }
      if (m instanceof InvalidNullException) {
        return failure(FailureCode.MISSING_VALUE, source, path, "null", document + " JSON at " + path + at
            + ": null is not allowed (expected " + describe(((InvalidNullException) m).getTargetType()) + ")");
      }
      Throwable cause = m.getCause();
      if (m instanceof ValueInstantiationException || cause instanceof IllegalArgumentException
          || cause instanceof IllegalStateException || cause instanceof NullPointerException) {
        if (cause instanceof FailureException) {
          Failure inner = ((FailureException) cause).failure();
          return failure(inner.code(), source, path, inner.value().orElse(null),
              document + " JSON at " + path + ": " + inner.message());
        }
        String reason = cause == null || cause.getMessage() == null ? "the value is not allowed" : cause.getMessage();
        return failure(cause instanceof IllegalStateException || cause instanceof NullPointerException
            ? FailureCode.MISSING_VALUE : FailureCode.INVALID_VALUE, source, path, null,
            document + " JSON at " + path + at + ": " + reason);
      }
      if (m instanceof MismatchedInputException) {
        MismatchedInputException mi = (MismatchedInputException) m;
        Class<?> target = mi.getTargetType() == null ? type : mi.getTargetType();
        String found = found(m);
        return failure(FailureCode.UNPARSEABLE, source, path, null, document + " JSON at " + path + at
            + ": expected " + describe(target) + (found.isEmpty() ? "" : ", but found " + found));
      }
      return failure(FailureCode.UNPARSEABLE, source, path, null, document + " JSON at " + path + at + ": "
          + reason(m.getOriginalMessage()) + " (expected " + describe(type) + ")");
    }
    String path = e.getProcessor() instanceof JsonParser ? path(((JsonParser) e.getProcessor()).getParsingContext()) : "$";
    return syntaxFailure(e, path, type, document, source);
  }

  /** The failure of a syntax error, a repeated key or a limit of the parser at a path. */
  private static FailureException syntaxFailure(JsonProcessingException e, String path, Class<?> type,
      String document, String source) {
    String at = at(e.getLocation());
    String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (message.startsWith("Duplicate field '")) {
      String key = message.substring("Duplicate field '".length()).replaceAll("'.*$", "");
      String where = path.endsWith("." + key) ? path : path + "." + key;
      return failure(FailureCode.DUPLICATE, source, where, key, document + " JSON gives the key " + where
          + " twice in one object (the second time" + at + "): each key may appear once");
    }
    if (e instanceof StreamConstraintsException) {
      return failure(FailureCode.UNPARSEABLE, source, path, null, document + " JSON" + at
          + " is nested deeper, or has a longer number or text, than the reader allows (at most 1000 levels of "
          + "nesting and 1000 digits in a number)");
    }
    String reason;
    if (message.contains("end-of-input")) {
      reason = "the document ends before it is complete";
    } else if (message.startsWith("Non-standard token") || message.contains("ALLOW_NON_NUMERIC_NUMBERS")) {
      reason = "NaN and Infinity are not JSON numbers";
    } else {
      reason = reason(message);
    }
    return failure(FailureCode.UNPARSEABLE, source, path, null, document + " JSON is not well-formed" + at + ": "
        + reason + " (expected " + describe(type) + ")");
  }

  /** The first sentence of a Jackson message, without its type names and settings in back quotes. */
  private static String reason(String message) {
    if (message == null || message.isBlank()) {
      return "the text is not valid";
    }
    String first = message.split("\n", 2)[0].replaceAll("`[^`]*`", "the value").replaceAll("\\s*\\(code \\d+\\)", "");
    return first.length() > 200 ? first.substring(0, 200) + "..." : first;
  }

  private static String at(JsonLocation location) {
    return location == null || location.getLineNr() < 0 ? ""
        : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  /** What the parser was on when a mapping error happened: a token described in words. */
  private static String found(JsonMappingException e) {
    if (!(e.getProcessor() instanceof JsonParser)) {
      return "";
    }
    JsonParser p = (JsonParser) e.getProcessor();
    JsonToken t = p.currentToken();
    if (t == null) {
      return "";
    }
    try {
      switch (t) {
        case START_ARRAY:
          return "an array";
        case START_OBJECT:
          return "an object";
        case VALUE_STRING:
          return "the text '" + p.getText() + "'";
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          return "the number " + p.getText();
        case VALUE_TRUE:
        case VALUE_FALSE:
          return p.getText();
        case VALUE_NULL:
          return "null";
        default:
          return "";
      }
    } catch (IOException ignored) {
      return "";
    }
  }

  /** What a JSON value of a type looks like, in words. */
  static String describe(Class<?> type) {
    if (type == null) {
      return "a JSON value";
    }
    if (type == double.class || type == Double.class || type == float.class || type == Float.class
        || type == OptionalDouble.class) {
      return "a number";
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class
        || type == OptionalInt.class) {
      return "a whole number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "text";
    }
    if (type.isEnum()) {
      return "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
    }
    if (JsonNode.class.isAssignableFrom(type)) {
      return "a JSON value";
    }
    if (Temporal.class.isAssignableFrom(type)) {
      return "an ISO-8601 date such as 2025-01-01";
    }
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return "a JSON array";
    }
    if (Map.class.isAssignableFrom(type)) {
      return "a JSON object";
    }
    return "a JSON object";
  }

  /**
   * The JSON path of a mapping error, such as {@code $.savingsBands[1].rate}.
   *
   * @param e the error
   * @return the path
   */
  public static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder("$");
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        path.append('.').append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  /** The JSON path of a parser's position, such as {@code $.savingsBands[1].rate}. */
  private static String path(JsonStreamContext context) {
    java.util.Deque<String> parts = new java.util.ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inObject()) {
        parts.push(c.getCurrentName() == null ? "" : "." + c.getCurrentName());
      } else if (c.inArray()) {
        parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
      }
    }
    return "$" + String.join("", parts);
  }

  // ---------------------------------------------------------------------------------------------

  /** Doubles (boxed, primitive, optional) that refuse a number beyond a double's range. */
  private static SimpleModule finiteNumbers() {
    SimpleModule module = new SimpleModule("acokit-finite-numbers");
    module.addDeserializer(Double.class, new FiniteDouble(Double.class, null));
    module.addDeserializer(double.class, new FiniteDouble(Double.TYPE, 0.0));
    module.addDeserializer(OptionalDouble.class, new FiniteOptionalDouble());
    return module;
  }

  /** Jackson's double reading, then a format error for NaN and infinities. */
  private static final class FiniteDouble extends NumberDeserializers.DoubleDeserializer {
    private static final long serialVersionUID = 1L;

    FiniteDouble(Class<Double> type, Double nullValue) {
      super(type, nullValue);
    }

    @Override
    public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Double value = super.deserialize(p, ctxt);
      if (value != null && !Double.isFinite(value)) {
        throw new InvalidFormatException(p, NOT_FINITE, p.getText(), Double.TYPE);
      }
      return value;
    }
  }

  /** An optional double read as a finite double; null is empty. */
  private static final class FiniteOptionalDouble extends StdScalarDeserializer<OptionalDouble> {
    private static final long serialVersionUID = 1L;
    private static final FiniteDouble BOXED = new FiniteDouble(Double.class, null);

    FiniteOptionalDouble() {
      super(OptionalDouble.class);
    }

    @Override
    public OptionalDouble deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Double value = BOXED.deserialize(p, ctxt);
      return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    @Override
    public OptionalDouble getNullValue(DeserializationContext ctxt) {
      return OptionalDouble.empty();
    }
  }
}
