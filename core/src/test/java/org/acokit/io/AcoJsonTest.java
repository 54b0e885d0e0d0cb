/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.junit.jupiter.api.Test;

/**
 * Tests the strictness of {@link AcoJson#mapper()}.
 */
class AcoJsonTest {

  /** A tiny bean for the test. */
  public static final class Terms {
    /** A rate. */
    public double rate;
  }

  @Test
  void unknownPropertiesAreAnErrorNamingThePath() {
    assertThatThrownBy(() -> AcoJson.mapper().readValue("{\"rate\":0.5,\"rat\":1}", Terms.class))
        .isInstanceOf(UnrecognizedPropertyException.class).hasMessageContaining("\"rat\"");
  }

  @Test
  void readsKnownProperties() throws Exception {
    assertThat(AcoJson.mapper().readValue("{\"rate\":0.5}", Terms.class).rate).isEqualTo(0.5);
    Map<String, Integer> map = AcoJson.mapper().readValue("{\"a\":1}", new TypeReference<Map<String, Integer>>() { });
    assertThat(map).containsEntry("a", 1);
  }

  @Test
  void nullForPrimitiveIsAnError() {
    assertThatThrownBy(() -> AcoJson.mapper().readValue("{\"rate\":null}", Terms.class))
        .hasMessageContaining("rate");
  }

  @Test
  void aKeyGivenTwiceIsAnErrorNamingTheKeyAndWhere() {
    assertThatThrownBy(() -> AcoJson.read(AcoJson.mapper(), Terms.class, "{\"rate\":0.5,\n\"rate\":0.6}", "terms", null))
        .isInstanceOfSatisfying(FailureException.class, e -> {
          assertThat(e.failure().code()).isEqualTo(FailureCode.DUPLICATE);
          assertThat(e.failure().path()).isEqualTo("$.rate");
          assertThat(e.failure().message()).contains("gives the key $.rate twice").contains("line 2");
        });
  }

  @Test
  void anEmptyOrNullDocumentIsAnErrorNotANullResult() {
    for (String json : new String[] {"", "  ", "null", "\uFEFFnull"}) {
      assertThatThrownBy(() -> AcoJson.read(AcoJson.mapper(), Terms.class, json, "terms", "t.json"))
          .isInstanceOfSatisfying(FailureException.class, e -> {
            assertThat(e.failure().code()).isEqualTo(FailureCode.MISSING_VALUE);
            assertThat(e.failure().source()).hasValue("t.json");
            assertThat(e.failure().path()).isEqualTo("$");
          });
    }
  }

  @Test
  void aNumberBeyondADoubleIsNotFiniteNotInfinity() {
    assertThatThrownBy(() -> AcoJson.read(AcoJson.mapper(), Terms.class, "{\"rate\":-1e400}", "terms", null))
        .isInstanceOfSatisfying(FailureException.class, e -> {
          assertThat(e.failure().code()).isEqualTo(FailureCode.NOT_FINITE);
          assertThat(e.failure().path()).isEqualTo("$.rate");
          assertThat(e.failure().value()).hasValue("-1e400");
        });
    // Also as a string ("Infinity" is a double to Jackson) and in an OptionalDouble.
    assertThatThrownBy(() -> AcoJson.read(AcoJson.mapper(), Terms.class, "{\"rate\":\"Infinity\"}", "terms", null))
        .isInstanceOfSatisfying(FailureException.class,
            e -> assertThat(e.failure().code()).isEqualTo(FailureCode.NOT_FINITE));
    assertThatThrownBy(() -> AcoJson.read(AcoJson.mapper(), java.util.OptionalDouble.class, "1e999", "a value", null))
        .isInstanceOfSatisfying(FailureException.class,
            e -> assertThat(e.failure().code()).isEqualTo(FailureCode.NOT_FINITE));
  }

  @Test
  void textAfterTheDocumentAndWrongTypesAreNamedInTheLibrarysWords() {
    assertThatThrownBy(() -> AcoJson.read(AcoJson.mapper(), Terms.class, "{\"rate\":0.5} {}", "terms", null))
        .isInstanceOfSatisfying(FailureException.class,
            e -> assertThat(e.failure().message()).contains("goes on after its end"));
    assertThatThrownBy(() -> AcoJson.read(AcoJson.mapper(), Terms.class, "{\"rate\":[1]}", "terms", null))
        .isInstanceOfSatisfying(FailureException.class, e -> {
          assertThat(e.failure().path()).isEqualTo("$.rate");
          assertThat(e.failure().message()).contains("$.rate").contains("expected a number")
              .doesNotContain("Exception", "com.fasterxml", "`");
        });
  }

  @Test
  void aTreeIsReadAsStrictlyAsATypeNamingTheJsonPathAndTheLine() {
    assertThat(AcoJson.readTree("[{\"a\":1}]", "test", "t.json").get(0).get("a").asInt()).isEqualTo(1);
    assertThatThrownBy(() -> AcoJson.readTree("[{\"a\":1,\n\"a\":2}]", "test", "t.json"))
        .isInstanceOfSatisfying(FailureException.class, e -> {
          assertThat(e.failure().code()).isEqualTo(FailureCode.DUPLICATE);
          assertThat(e.failure().path()).isEqualTo("$[0].a");
          assertThat(e.getMessage()).contains("t.json: test JSON gives the key $[0].a twice", "line 2");
        });
    for (String json : new String[] {"", "null", "\uFEFFnull"}) {
      assertThatThrownBy(() -> AcoJson.readTree(json, "test", "t.json"))
          .isInstanceOfSatisfying(FailureException.class, e -> {
            assertThat(e.failure().code()).isEqualTo(FailureCode.MISSING_VALUE);
            assertThat(e.getMessage()).startsWith("t.json: test JSON is");
          });
    }
    assertThatThrownBy(() -> AcoJson.readTree("{} {}", "test", "t.json"))
        .isInstanceOfSatisfying(FailureException.class, e ->
            assertThat(e.getMessage()).contains("test JSON goes on after its end (line 1, column 4)"));
  }

  @Test
  void treeBytesInUtf32OrNotUtf8AreRefusedNamingWhy() {
    byte[] text = "[1]".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] zeros = new byte[8 + text.length];
    System.arraycopy(text, 0, zeros, 8, text.length);
    assertThatThrownBy(() -> AcoJson.readTree(zeros, "test", "t.json"))
        .isInstanceOfSatisfying(FailureException.class, e -> {
          assertThat(e.failure().code()).isEqualTo(FailureCode.UNPARSEABLE);
          assertThat(e.getMessage()).isEqualTo("t.json: test JSON is UTF-16 or UTF-32 text, not UTF-8 "
              + "(byte 1 is a zero byte); expected UTF-8: save it as UTF-8");
        });
    byte[] latin1 = {'[', '"', (byte) 0xE9, '"', ']'};
    assertThatThrownBy(() -> AcoJson.readTree(latin1, "test", "t.json"))
        .isInstanceOfSatisfying(FailureException.class, e ->
            assertThat(e.getMessage()).startsWith("t.json: test JSON line 1: byte 0xE9 at position 3 is not UTF-8"));
  }
}
