/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.acokit.io.FailureCode;
import org.acokit.io.FailureException;
import org.acokit.measures.QppMeasuresData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One named test per crash the fuzz tests found (the crashing input is also kept in the fuzz
 * test's regression inputs, {@code crash-*}): each asserts the reader's answer now.
 */
class FuzzFindingsTest {

  @TempDir
  Path dir;

  /**
   * Leading zero bytes made Jackson read UTF-32; a code point above U+10FFFF leaked a
   * CharConversionException. Now core's TextFiles names the encoding before Jackson sees the bytes.
   */
  @Test
  void jsonThatJacksonReadsAsUtf32WithAnInvalidCharacterIsUnparseable() throws IOException {
    Path f = dir.resolve("m.json");
    byte[] text = "[{\"measureId\": \"001\"}]".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] bytes = new byte[8 + text.length];
    System.arraycopy(text, 0, bytes, 8, text.length);
    Files.write(f, bytes);
    FailureException e = catchThrowableOfType(FailureException.class, () -> QppMeasuresData.readMeasures(f));
    assertThat(e.failure().code()).isEqualTo(FailureCode.UNPARSEABLE);
    assertThat(e.getMessage()).contains(f.toString(), "is UTF-16 or UTF-32 text, not UTF-8 (byte 1 is a zero byte)");
  }
}
