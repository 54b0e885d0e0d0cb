/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.acokit.io.FailureCode;
import org.acokit.io.FailureException;
import org.acokit.quality.CollectionType;
import org.acokit.quality.DecileBenchmark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalogs as the quality engine's benchmark source, program names, and benchmark years. */
class CatalogQualityBenchmarksTest {

  @Test
  void theMsspWebInterfaceBenchmarksAreKeyedByMipsIdAndTheAppOutcomesByMeasureId() {
    MeasureCatalogs catalogs = MeasureCatalogs.load();
    CatalogQualityBenchmarks q = CatalogQualityBenchmarks.of(catalogs);
    assertThat(q.appOutcomeMeasures(2024)).isEqualTo(catalogs.year(CatalogProgram.APP, 2024).outcomeMeasureIds())
        .contains("479", "484");
    CatalogYear y = catalogs.year(CatalogProgram.MSSP, 2019);
    Map<String, DecileBenchmark> byMips = q.msspWebInterfaceBenchmarksByMipsId(2019);
    assertThat(byMips).isNotEmpty();
    int expected = 0;
    for (MeasureDefinition m : y.measures()) {
      var bench = y.benchmarkSet().find(m.measureId(), CollectionType.CMS_WEB_INTERFACE);
      if (m.mipsMeasureId().isPresent() && bench.isPresent()) {
        expected++;
        assertThat(byMips.get(m.mipsMeasureId().get())).as(m.measureId()).isEqualTo(bench.get());
      }
    }
    assertThat(byMips).hasSize(expected);
    assertThat(byMips.values()).allSatisfy(b -> assertThat(b.collectionType()).isEqualTo(CollectionType.CMS_WEB_INTERFACE));
    assertThat(y.measures().stream().filter(m -> m.mipsMeasureId().isEmpty())).as("measures without a MIPS id exist")
        .isNotEmpty();
    assertThat(byMips).hasSizeLessThan(y.measures().size());
  }

  @Test
  void aProgramNameIsCheckedAndOrdered() {
    assertThatThrownBy(() -> CatalogProgram.of(null)).isInstanceOfSatisfying(FailureException.class,
        e -> assertThat(e.failure().code()).isEqualTo(FailureCode.MISSING_VALUE));
    assertThatThrownBy(() -> CatalogProgram.of("app")).isInstanceOfSatisfying(FailureException.class,
        e -> assertThat(e.failure().code()).isEqualTo(FailureCode.INVALID_VALUE));
    assertThat(CatalogProgram.of("NEXT_GEN").compareTo(CatalogProgram.MSSP)).isPositive();
    assertThat(CatalogProgram.APP.compareTo(CatalogProgram.MSSP)).isNegative();
    assertThat(CatalogProgram.of("NEXT_GEN")).hasSameHashCodeAs(CatalogProgram.of("NEXT_GEN"));
    assertThat(CatalogProgram.of("NEXT_GEN").hashCode()).isNotEqualTo(CatalogProgram.of("REACH").hashCode());
  }

  @Test
  void aBenchmarkYearMustBeBetween1900And2200(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("b.json");
    for (int year : new int[] {1900, 2200}) {
      Files.writeString(f, "[{\"measureId\":\"236\",\"performanceYear\":" + year + ",\"submissionMethod\":\"registry\","
          + "\"deciles\":[10,20,30,40,50,60,70,80,90]}]");
      var r = QppMeasuresData.readBenchmarks(f, Map.of(), TenValueDeciles.REJECT);
      assertThat(r.failures()).as("year %d", year).isEmpty();
      assertThat(r.values().get(0).performanceYear()).isEqualTo(year);
    }
    for (int year : new int[] {1899, 2201}) {
      Files.writeString(f, "[{\"measureId\":\"236\",\"performanceYear\":" + year + ",\"submissionMethod\":\"registry\","
          + "\"deciles\":[10,20,30,40,50,60,70,80,90]}]");
      var r = QppMeasuresData.readBenchmarks(f, Map.of(), TenValueDeciles.REJECT);
      assertThat(r.values()).isEmpty();
      assertThat(r.failures()).singleElement().satisfies(x -> {
        assertThat(x.code()).isEqualTo(FailureCode.INVALID_VALUE);
        assertThat(x.message()).contains("between 1900 and 2200").contains(Integer.toString(year));
      });
    }
  }

  @Test
  void aNonObjectRecordIsARowFailureAndDuplicatesAreReportedInRowOrder(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("b.json");
    String rec = "{\"measureId\":\"236\",\"performanceYear\":2021,\"submissionMethod\":\"registry\","
        + "\"deciles\":[10,20,30,40,50,60,70,80,90]}";
    String other = rec.replace("236", "110");
    Files.writeString(f, "[" + rec + ",[1,2]," + other + "," + rec + "]");
    var r = QppMeasuresData.readBenchmarks(f, Map.of(), TenValueDeciles.REJECT);
    assertThat(r.values()).extracting(DecileBenchmark::measureId).containsExactly("110");
    assertThat(r.failures()).extracting(x -> x.row().orElseThrow()).containsExactly(1, 2, 4);
    assertThat(r.failures().get(0).code()).isEqualTo(FailureCode.DUPLICATE);
    assertThat(r.failures().get(0).message()).contains("records 0 and 3");
    assertThat(r.failures().get(1).message()).contains("object");
  }
}
