/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Catalog programs by name: the built-in constants, third-party names, and bad names.
 */
class CatalogProgramTest {

  @Test
  void builtInNamesGiveTheConstants() {
    assertThat(CatalogProgram.of("APP")).isSameAs(CatalogProgram.APP);
    assertThat(CatalogProgram.of("MSSP")).isSameAs(CatalogProgram.MSSP);
    assertThat(CatalogProgram.of("PIONEER")).isSameAs(CatalogProgram.PIONEER);
    assertThat(CatalogProgram.of("PAYER")).isEqualTo(CatalogProgram.of("PAYER")).isNotEqualTo(CatalogProgram.APP)
        .hasToString("PAYER");
  }

  @Test
  void badNameSaysWhatIsAllowed() {
    assertThatThrownBy(() -> CatalogProgram.of("app")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'app'").hasMessageContaining("upper-case");
    assertThatThrownBy(() -> CatalogProgram.of(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void catalogYearJsonKeepsTheProgramName() throws Exception {
    CatalogYear y = MeasureCatalogs.load().year(CatalogProgram.APP, 2023);
    String json = org.acokit.io.AcoJson.mapper().writeValueAsString(y);
    assertThat(json).contains("\"program\":\"APP\"");
    assertThat(org.acokit.io.AcoJson.mapper().readValue(json, CatalogYear.class).program()).isSameAs(CatalogProgram.APP);
  }
}
