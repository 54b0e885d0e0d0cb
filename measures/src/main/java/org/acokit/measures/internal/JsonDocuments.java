/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.acokit.io.Failure;
import org.acokit.io.FailureCode;
import org.acokit.io.FailureException;

/**
 * Reads JSON documents strictly, for every JSON reader of the measures module: a key repeated in
 * an object, text after the document, a document that is empty or just {@code null}, and text
 * that is not JSON are each a {@link FailureException} naming the source, the JSON path
 * (a JSON pointer such as {@code /0/title}), the line and column, and what was expected. Stateless
 * and thread-safe.
 */
public final class JsonDocuments {

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private JsonDocuments() {
  }

  /**
   * Reads a file.
   *
   * @param file the file
   * @param what what the document must be, for messages (such as "a JSON array of measures")
   * @return the document, never {@code null}, a {@code null} literal or missing
   * @throws FailureException if the file does not exist ({@link FailureCode#MISSING_INPUT}), is
   *     not JSON or repeats a key ({@link FailureCode#UNPARSEABLE}, {@link FailureCode#DUPLICATE}),
   *     or is empty or {@code null} ({@link FailureCode#MISSING_VALUE})
   * @throws UncheckedIOException if the file cannot be read
   */
  public static JsonNode read(Path file, String what) {
    if (!Files.isRegularFile(file)) {
      throw new FailureException(Failure.of(FailureCode.MISSING_INPUT, "", file.toString(),
          file + " does not exist or is not a regular file; expected " + what));
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return parse(bytes, file.toString(), what);
  }

  /**
   * Parses a document held in memory.
   *
   * @param bytes the UTF-8 (or UTF-16/32 with a byte-order mark) text
   * @param source where it came from, for messages
   * @param what what the document must be, for messages
   * @return the document
   * @throws FailureException as {@link #read(Path, String)}
   */
  public static JsonNode parse(byte[] bytes, String source, String what) {
    JsonNode root;
    try {
      root = JSON.readTree(bytes);
    } catch (JsonProcessingException e) {
      throw new FailureException(failure(e, source, what));
    } catch (IOException e) {
      // In memory, so not an input/output error: bytes that are not text in the encoding Jackson
      // detected (UTF-8, or UTF-16/32 from leading zero bytes), such as a CharConversionException.
      throw new FailureException(Failure.of(FailureCode.UNPARSEABLE, "", null, source + " is not JSON text: "
          + e.getMessage() + "; expected " + what + " in UTF-8"));
    }
    return check(root, source, what);
  }

  /**
   * Parses a document held as text (one NDJSON line).
   *
   * @param text the text
   * @param source where it came from, for messages
   * @param what what the document must be, for messages
   * @return the document
   * @throws FailureException as {@link #read(Path, String)}
   */
  public static JsonNode parse(String text, String source, String what) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new FailureException(failure(e, source, what));
    }
    return check(root, source, what);
  }

  private static JsonNode check(JsonNode root, String source, String what) {
    if (root == null || root.isMissingNode()) {
      throw new FailureException(Failure.of(FailureCode.MISSING_VALUE, "", null,
          source + " is empty; expected " + what));
    }
    if (root.isNull()) {
      throw new FailureException(Failure.of(FailureCode.MISSING_VALUE, "", "null",
          source + " holds just null; expected " + what));
    }
    return root;
  }

  /** The failure of a Jackson parse error: the source, JSON pointer, line, column and Jackson's own reason. */
  private static Failure failure(JsonProcessingException e, String source, String what) {
    String pointer = "";
    if (e.getProcessor() instanceof JsonParser p) {
      pointer = p.getParsingContext().pathAsPointer().toString();
    }
    JsonLocation at = e.getLocation();
    String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    String reason = e.getOriginalMessage();
    boolean duplicate = reason != null && reason.startsWith("Duplicate field");
    return Failure.of(duplicate ? FailureCode.DUPLICATE : FailureCode.UNPARSEABLE, pointer,
        duplicate ? reason.replaceAll("^Duplicate field '(.*)'$", "$1") : null,
        source + where + (pointer.isEmpty() ? "" : " (JSON path " + pointer + ")") + ": "
            + (duplicate ? reason.replace("Duplicate field", "key") + " appears twice in one object; every key must"
                + " be unique" : "not valid JSON: " + reason) + "; expected " + what);
  }
}
