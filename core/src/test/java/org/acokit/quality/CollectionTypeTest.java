/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.acokit.io.AcoJson;
import org.junit.jupiter.api.Test;

/**
 * Collection types map to and from CMS's names, in Java and JSON.
 */
class CollectionTypeTest {

  @Test
  void everyConstantRoundTripsThroughItsCmsName() throws Exception {
    for (CollectionType t : CollectionType.values()) {
      assertThat(CollectionType.of(t.cmsName())).isSameAs(t);
      String json = AcoJson.mapper().writeValueAsString(t);
      assertThat(json).isEqualTo("\"" + t.cmsName() + "\"");
      assertThat(AcoJson.mapper().readValue(json, CollectionType.class)).isSameAs(t);
    }
    assertThat(CollectionType.of("cmsWebInterface")).isEqualTo(CollectionType.CMS_WEB_INTERFACE);
  }

  @Test
  void unknownNameListsTheKnownOnes() {
    assertThatThrownBy(() -> CollectionType.of("webInterface")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'webInterface'").hasMessageContaining("cmsWebInterface")
        .hasMessageContaining("electronicHealthRecord");
  }
}
