/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.acokit.quality.Direction;
import org.acokit.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed catalog resources equal a fresh import of CMS's qpp-measures-data, and the
 * catalog loads through ServiceLoader.
 */
class CatalogImporterTest {

  @Test
  void committedResourcesEqualAFreshImport(@TempDir Path out) throws Exception {
    Path qpp = SharedData.subfolder("qpp-measures-data");
    CatalogImporter.importApp(qpp, out);
    for (int year : BuiltInCatalog.APP_YEARS) {
      String fresh = Files.readString(out.resolve(BuiltInCatalog.resource(year)), StandardCharsets.UTF_8);
      String committed;
      try (var in = getClass().getClassLoader().getResourceAsStream(BuiltInCatalog.resource(year))) {
        committed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      assertThat(committed).as("PY%d resource", year).isEqualTo(fresh);
    }
  }

  @Test
  void catalogLoadsThroughServiceLoader() {
    CatalogYear y = MeasureCatalogs.load().year("APP", 2024);
    assertThat(y.findMeasure("001SSP")).isPresent();
    assertThat(y.benchmarkSet().find("001", "electronicHealthRecord").get().direction())
        .isEqualTo(Direction.LOWER_IS_BETTER);
    assertThat(y.benchmarkSet().find("236", "electronicHealthRecord").get().decileBounds().get(4)).isEqualTo(68.98);
    assertThat(y.outcomeMeasureIds()).contains("001", "236", "479", "484");
    assertThat(MeasureCatalogs.load().year("APP", 2021).benchmarkSet().find("479", "administrativeClaims").get()
        .decileBounds().get(8)).isEqualTo(0.0927);
    assertThat(MeasureCatalogs.load().year("APP", 2021).priorYearBenchmarkSet().find("479", "administrativeClaims")
        .get().decileBounds().get(8)).isEqualTo(0.1343);
  }

  @Test
  void badInputNamesWhatIsWrong(@TempDir Path dir) throws Exception {
    assertThatThrownBy(() -> MeasureCatalogs.load().year("APP", 2019))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2021").hasMessageContaining("2019");
    assertThatThrownBy(() -> MeasureCatalogs.load().year("APP", 2023).measure("999"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'999'");
    Path f = dir.resolve("b.json");
    Files.writeString(f, "[{\"measureId\":\"236\",\"performanceYear\":2021,\"submissionMethod\":\"registry\","
        + "\"deciles\":[10,20,15,40,50,60,70,80,90]}]");
    assertThatThrownBy(() -> QppMeasuresData.readBenchmarks(f, Map.of(), TenValueDeciles.REJECT))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("measure 236").hasMessageContaining("monotone");
    Files.writeString(f, "[{\"measureId\":\"236\",\"submissionMethod\":\"registry\",\"deciles\":[1]}]");
    assertThatThrownBy(() -> QppMeasuresData.readBenchmarks(f, Map.of(), TenValueDeciles.REJECT))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("performanceYear is missing");
  }
}
