/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;


/**
 * Reads the text files of the library's readers: UTF-8, strictly (a byte that is not UTF-8 is a
 * failure naming its line and position, never a replacement character; a UTF-16 or UTF-32 file is
 * a failure naming its encoding), with or without a byte-order mark. The one place the library
 * decodes text files; pure functions, thread-safe.
 */
public final class TextFiles {

  private TextFiles() {
  }

  /**
   * The bytes of a file that must exist.
   *
   * @param file the file
   * @param what what the file holds, for messages, such as {@code "public use file"}
   * @return the bytes
   * @throws FailureException if the file does not exist or is not a regular file
   *     ({@link FailureCode#MISSING_INPUT}, the file as source)
   * @throws UncheckedIOException if the file cannot be read
   */
  public static byte[] readBytes(Path file, String what) {
    if (!Files.isRegularFile(file)) {
      throw new FailureException(Failure.ofSource(FailureCode.MISSING_INPUT, file.toString(), "", null,
          what + " " + file + " does not exist or is not a regular file"));
    }
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + what + " " + file, e);
    }
  }

  /**
   * The text of a UTF-8 file, without its byte-order mark.
   *
   * @param file the file
   * @param what what the file holds, for messages
   * @return the text
   * @throws FailureException if the file does not exist ({@link FailureCode#MISSING_INPUT}), is
   *     UTF-16 or UTF-32 text ({@link #otherEncoding(byte[])}) or holds a byte that is not UTF-8
   *     ({@link FailureCode#UNPARSEABLE}, naming the line)
   * @throws UncheckedIOException if the file cannot be read
   */
  public static String readUtf8(Path file, String what) {
    return utf8(readBytes(file, what), file.toString(), what);
  }

  /**
   * The text of UTF-8 bytes, without their byte-order mark: as {@link #readUtf8(Path, String)}
   * for bytes already in memory.
   *
   * @param bytes the bytes
   * @param source where they came from, such as a file name, for the failure's source and message
   * @param what what the bytes hold, for messages
   * @return the text
   * @throws FailureException ({@link FailureCode#UNPARSEABLE}, naming the line) if the bytes are
   *     UTF-16 or UTF-32 text or hold a byte that is not UTF-8
   */
  public static String utf8(byte[] bytes, String source, String what) {
    Optional<String> other = otherEncoding(bytes);
    if (other.isPresent()) {
      throw new FailureException(Failure.ofSource(FailureCode.UNPARSEABLE, source, "line 1", null,
          source + ": " + what + " " + other.get()));
    }
    int start = bomLength(bytes);
    int line = 1;
    int lineStart = start;
    for (int i = start; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        Optional<String> bad = badByte(bytes, lineStart, i);
        if (bad.isPresent()) {
          throw notUtf8(source, what, line, bad.get());
        }
        line++;
        lineStart = i + 1;
      }
    }
    Optional<String> bad = badByte(bytes, lineStart, bytes.length);
    if (bad.isPresent()) {
      throw notUtf8(source, what, line, bad.get());
    }
    return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
  }

  private static FailureException notUtf8(String source, String what, int line, String bad) {
    return new FailureException(Failure.ofSource(FailureCode.UNPARSEABLE, source, "line " + line, null,
        source + ": " + what + " line " + line + ": " + bad));
  }

  /**
   * Whether bytes are text in UTF-16 or UTF-32 rather than UTF-8, told by a byte-order mark of
   * those encodings or a zero byte among the first four (every character below U+0100 has one
   * there, and a UTF-8 text file has none): for example {@code "is UTF-16LE text (it starts with
   * the byte-order mark FF FE); expected UTF-8: save it as UTF-8"}. Jackson's own detection reads
   * such bytes as UTF-32 and fails with a raw {@code CharConversionException}; this names it.
   *
   * @param bytes the bytes
   * @return what the bytes are, in words, or empty if they may be UTF-8
   */
  public static Optional<String> otherEncoding(byte[] bytes) {
    int b0 = bytes.length > 0 ? bytes[0] & 0xFF : -1;
    int b1 = bytes.length > 1 ? bytes[1] & 0xFF : -1;
    int b2 = bytes.length > 2 ? bytes[2] & 0xFF : -1;
    int b3 = bytes.length > 3 ? bytes[3] & 0xFF : -1;
    String bom = null;
    if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) {
      bom = "UTF-32BE text (it starts with the byte-order mark 00 00 FE FF)";
    } else if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) {
      bom = "UTF-32LE text (it starts with the byte-order mark FF FE 00 00)";
    } else if (b0 == 0xFE && b1 == 0xFF) {
      bom = "UTF-16BE text (it starts with the byte-order mark FE FF)";
    } else if (b0 == 0xFF && b1 == 0xFE) {
      bom = "UTF-16LE text (it starts with the byte-order mark FF FE)";
    } else {
      for (int i = 0; i < Math.min(4, bytes.length); i++) {
        if (bytes[i] == 0) {
          bom = "UTF-16 or UTF-32 text, not UTF-8 (byte " + (i + 1) + " is a zero byte)";
          break;
        }
      }
    }
    return bom == null ? Optional.empty() : Optional.of("is " + bom + "; expected UTF-8: save it as UTF-8");
  }

  /**
   * The length of the UTF-8 byte-order mark at the start of the bytes: 3 or 0.
   *
   * @param bytes the bytes
   * @return 3 if they start with a byte-order mark, else 0
   */
  public static int bomLength(byte[] bytes) {
    return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
        ? 3 : 0;
  }

  /**
   * Decodes bytes as UTF-8, strictly.
   *
   * @param bytes the bytes
   * @param from the first byte
   * @param to the end, exclusive
   * @return the text, or empty if a byte is not UTF-8
   */
  public static Optional<String> decode(byte[] bytes, int from, int to) {
    return badByte(bytes, from, to).isPresent() ? Optional.empty()
        : Optional.of(new String(bytes, from, to - from, StandardCharsets.UTF_8));
  }

  /**
   * What is wrong with the first byte that is not UTF-8 in a range, such as
   * {@code "byte 0xE9 at position 23 is not UTF-8 ..."}; empty if the range is UTF-8.
   *
   * @param bytes the bytes
   * @param from the first byte
   * @param to the end, exclusive
   * @return the problem, or empty
   */
  public static Optional<String> badByte(byte[] bytes, int from, int to) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
    CharBuffer out = CharBuffer.allocate(to - from + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (!result.isError()) {
      return Optional.empty();
    }
    int at = in.position();
    return Optional.of(String.format(Locale.ROOT, "byte 0x%02X at position %d is not UTF-8 (expected a UTF-8 file: "
        + "save it as UTF-8)", bytes[at] & 0xFF, at - from + 1));
  }
}
