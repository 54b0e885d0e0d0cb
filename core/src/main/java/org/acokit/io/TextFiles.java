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
 * failure naming its line and position, never a replacement character), with or without a
 * byte-order mark. Pure functions; thread-safe.
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
   * @throws FailureException if the file does not exist ({@link FailureCode#MISSING_INPUT}) or
   *     holds a byte that is not UTF-8 ({@link FailureCode#UNPARSEABLE}, naming the line)
   * @throws UncheckedIOException if the file cannot be read
   */
  public static String readUtf8(Path file, String what) {
    byte[] bytes = readBytes(file, what);
    int start = bomLength(bytes);
    int line = 1;
    int lineStart = start;
    for (int i = start; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        Optional<String> bad = badByte(bytes, lineStart, i);
        if (bad.isPresent()) {
          throw notUtf8(file, what, line, bad.get());
        }
        line++;
        lineStart = i + 1;
      }
    }
    Optional<String> bad = badByte(bytes, lineStart, bytes.length);
    if (bad.isPresent()) {
      throw notUtf8(file, what, line, bad.get());
    }
    return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
  }

  private static FailureException notUtf8(Path file, String what, int line, String bad) {
    return new FailureException(Failure.ofSource(FailureCode.UNPARSEABLE, file.toString(), "line " + line, null,
        file + ": " + what + " line " + line + ": " + bad));
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
