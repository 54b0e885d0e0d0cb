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
}
