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

import org.acokit.io.FailureCode;
import org.acokit.quality.CollectionType;
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
      String fresh = Files.readString(out.resolve(BuiltInCatalog.resource(CatalogProgram.APP, year)), StandardCharsets.UTF_8);
      String committed;
      try (var in = getClass().getClassLoader().getResourceAsStream(BuiltInCatalog.resource(CatalogProgram.APP, year))) {
        committed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      assertThat(committed).as("PY%d resource", year).isEqualTo(fresh);
    }
  }

  @Test
  void committedMsspAndPioneerResourcesEqualAFreshImport(@TempDir Path out) throws Exception {
    CatalogImporter.importMsspAndPioneer(SharedData.subfolder("qpp-measures-data"), out);
    for (CatalogProgram program : java.util.List.of(CatalogProgram.MSSP, CatalogProgram.PIONEER)) {
      for (int year : new BuiltInCatalog().performanceYears(program)) {
        String fresh = Files.readString(out.resolve(BuiltInCatalog.resource(program, year)), StandardCharsets.UTF_8);
        try (var in = getClass().getClassLoader().getResourceAsStream(BuiltInCatalog.resource(program, year))) {
          assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).as("%s %d", program, year).isEqualTo(fresh);
        }
      }
    }
  }

  @Test
  void msspMeasureSetsByYearAndDomain() {
    MeasureCatalogs c = MeasureCatalogs.load();
    assertThat(c.year(CatalogProgram.MSSP, 2014).measures()).hasSize(28); // 33 measures, two composites
    assertThat(c.year(CatalogProgram.MSSP, 2016).measures()).hasSize(33);
    assertThat(c.year(CatalogProgram.MSSP, 2018).measures()).hasSize(30);
    CatalogYear y2019 = c.year(CatalogProgram.MSSP, 2019);
    assertThat(y2019.measures()).hasSize(23);
    assertThat(y2019.msspMeasures()).filteredOn(m -> m.domain() == org.acokit.quality.mssp.MsspDomain.AT_RISK_POPULATION)
        .extracting(org.acokit.quality.mssp.MsspMeasure::measureId).containsExactly("ACO-40", "ACO-27", "ACO-28");
    assertThat(y2019.measure("ACO-45").payForPerformance()).isFalse();
    assertThat(y2019.benchmarkSet().find("ACO-13", CollectionType.CMS_WEB_INTERFACE).get().decileBounds().get(2)).isEqualTo(43.42);
    assertThat(c.year(CatalogProgram.MSSP, 2018).measure("ACO-11").weight()).isEqualTo(2.0);
    assertThat(c.year(CatalogProgram.MSSP, 2018).measure("ACO-17").payForPerformance()).isFalse();
    assertThat(c.year(CatalogProgram.MSSP, 2020).measure("ACO-8").payForPerformance()).isFalse();
    assertThat(c.year(CatalogProgram.MSSP, 2015).benchmarks()).isEmpty();
    assertThat(c.year(CatalogProgram.PIONEER, 2012).measure("ACO-13").payForPerformance()).isFalse();
    assertThat(c.year(CatalogProgram.PIONEER, 2013).measure("ACO-13").payForPerformance()).isTrue();
  }

  @Test
  void catalogLoadsThroughServiceLoader() {
    CatalogYear y = MeasureCatalogs.load().year(CatalogProgram.APP, 2024);
    // Web Interface (10), eCQM/MIPS CQM 001/134/236, Medicare CQM 001SSP/134SSP/236SSP, CAHPS 321 and its
    // survey measures, claims 479 and 484; no improvement-activity or interoperability entries.
    assertThat(y.measures()).hasSize(26).noneMatch(m -> m.measureId().startsWith("IA_") || m.measureId().startsWith("PI_"));
    assertThat(MeasureCatalogs.load().year(CatalogProgram.APP, 2021).findMeasure("MCC1")).isPresent();
    assertThat(MeasureCatalogs.load().year(CatalogProgram.APP, 2025).findMeasure("110")).isEmpty();
    assertThat(y.findMeasure("001SSP")).isPresent();
    assertThat(y.benchmarkSet().find("001", CollectionType.ELECTRONIC_HEALTH_RECORD).get().direction())
        .isEqualTo(Direction.LOWER_IS_BETTER);
    assertThat(y.benchmarkSet().find("236", CollectionType.ELECTRONIC_HEALTH_RECORD).get().decileBounds().get(4)).isEqualTo(68.98);
    assertThat(y.outcomeMeasureIds()).contains("001", "236", "479", "484");
    assertThat(MeasureCatalogs.load().year(CatalogProgram.APP, 2021).benchmarkSet().find("479", CollectionType.ADMINISTRATIVE_CLAIMS).get()
        .decileBounds().get(8)).isEqualTo(0.0927);
    assertThat(MeasureCatalogs.load().year(CatalogProgram.APP, 2021).priorYearBenchmarkSet().find("479", CollectionType.ADMINISTRATIVE_CLAIMS)
        .get().decileBounds().get(8)).isEqualTo(0.1343);
  }

  @Test
  void badInputNamesWhatIsWrong(@TempDir Path dir) throws Exception {
    assertThatThrownBy(() -> MeasureCatalogs.load().year(CatalogProgram.APP, 2019))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2021").hasMessageContaining("2019");
    assertThatThrownBy(() -> MeasureCatalogs.load().year(CatalogProgram.APP, 2023).measure("999"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'999'");
    Path f = dir.resolve("b.json");
    Files.writeString(f, "[{\"measureId\":\"236\",\"performanceYear\":2021,\"submissionMethod\":\"registry\","
        + "\"deciles\":[10,20,15,40,50,60,70,80,90]}]");
    var bad = QppMeasuresData.readBenchmarks(f, Map.of(), TenValueDeciles.REJECT);
    assertThat(bad.values()).isEmpty();
    assertThat(bad.failures()).singleElement().satisfies(x -> {
      assertThat(x.message()).contains("measure 236").contains("monotone");
      assertThat(x.code()).isEqualTo(FailureCode.INVALID_VALUE);
      assertThat(x.path()).isEqualTo("[0].deciles");
      assertThat(x.row()).hasValue(1);
      assertThat(x.source()).hasValue(f.toString());
    });
    Files.writeString(f, "[{\"measureId\":\"236\",\"submissionMethod\":\"registry\",\"deciles\":[1]},"
        + "{\"measureId\":\"110\",\"performanceYear\":2021,\"submissionMethod\":\"registry\","
        + "\"deciles\":[10,20,30,40,50,60,70,80,90]}]");
    var mixed = QppMeasuresData.readBenchmarks(f, Map.of(), TenValueDeciles.REJECT);
    assertThat(mixed.values()).extracting(b -> b.measureId()).containsExactly("110");
    assertThat(mixed.failures()).singleElement().satisfies(x -> {
      assertThat(x.message()).contains("performanceYear is missing");
      assertThat(x.code()).isEqualTo(FailureCode.MISSING_VALUE);
      assertThat(x.path()).isEqualTo("[0].performanceYear");
      assertThat(x.value()).isEmpty();
    });
    Files.writeString(f, "[{\"measureId\":\"479\",\"performanceYear\":2021,\"submissionMethod\":\"administrativeClaims\","
        + "\"deciles\":[0.17,0.16,0.15,0.14,0.13,0.12,0.11,0.10,0.09,0.08]}]");
    assertThat(QppMeasuresData.readBenchmarks(f, Map.of(), TenValueDeciles.REJECT).failures()).singleElement()
        .satisfies(x -> {
          assertThat(x.message()).contains("9 values").contains("TenValueDeciles");
          assertThat(x.code()).isEqualTo(FailureCode.INVALID_VALUE);
          assertThat(x.path()).isEqualTo("[0].deciles");
          assertThat(x.value()).hasValue("[0.17, 0.16, 0.15, 0.14, 0.13, 0.12, 0.11, 0.1, 0.09, 0.08]");
        });
    assertThatThrownBy(() -> QppMeasuresData.readBenchmarks(dir.resolve("none.json"), Map.of(), TenValueDeciles.REJECT))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not exist");
  }
}
