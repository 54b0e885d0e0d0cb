/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.puf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import com.google.common.collect.ImmutableMap;
import org.acokit.quality.CollectionType;
import org.acokit.quality.MeasureResult;
import org.acokit.quality.RateUnit;
import org.acokit.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The typed quality-measure columns of the public use files, and the cell parsers they use.
 */
class PufQualityColumnsTest {

  private static PufRecord record(int year, Map<String, String> columns) {
    return PufRecord.builder().sourceFile("test.csv").row(1).performanceYear(year).acoId("A0001").acoName("Test")
        .payForReporting(false).columns(columns).build();
  }

  @Test
  void readsEachCollectionTypeOfPy2022() {
    PufQualityInputs q = PufQualityColumns.read(record(2022, ImmutableMap.<String, String>builder()
        .put("QualityID_318", "84.23").put("QualityID_001_WI", "-").put("QualityID_236_eCQM", "70.5%")
        .put("QualityID_134_MIPSCQM", "1,2").put("QualityID_001_MedicareCQM", "12.5").put("CAHPS_1", "88.1")
        .put("CAHPS_2", "*").put("Measure_479", "0.1539").put("Measure_484", "33.45").put("DisAffQual", "1")
        .put("Report_eCQM_CQM", "1").put("Recvd30p", "0").put("Agree_Type", "Initial").build()));
    assertThat(q.webInterface()).containsExactly(MeasureResult.notReported("001", CollectionType.CMS_WEB_INTERFACE),
        MeasureResult.of("318", CollectionType.CMS_WEB_INTERFACE, 84.23));
    assertThat(q.ecqmAndCqm()).containsExactly(MeasureResult.of("001SSP", CollectionType.REGISTRY, 12.5),
        MeasureResult.of("134", CollectionType.REGISTRY, 12), MeasureResult.of("236",
            CollectionType.ELECTRONIC_HEALTH_RECORD, 70.5));
    assertThat(q.cahps()).containsExactly(MeasureResult.of("CAHPS_1", CollectionType.CERTIFIED_SURVEY_VENDOR, 88.1));
    assertThat(q.claimsMeasures()).containsExactly(
        MeasureResult.of("479", CollectionType.ADMINISTRATIVE_CLAIMS, RateUnit.FRACTION, 0.1539),
        MeasureResult.of("484", CollectionType.ADMINISTRATIVE_CLAIMS, RateUnit.RATE, 33.45));
    assertThat(q.extremeAndUncontrollableCircumstance()).isTrue();
    assertThat(q.reportedEcqmOrCqm()).isTrue();
    assertThat(q.receivedStandardScore()).isFalse();
    assertThat(q.metReportingRequirements()).isEmpty();
    assertThat(q.agreementType()).hasValue("Initial");
  }

  @Test
  void py2021CombinedColumnTakesItsCollectionTypeFromReportEcqm() {
    assertThat(PufQualityColumns.read(record(2021, Map.of("QualityID_001_eCQM-CQM", "20", "Report_eCQM", "1")))
        .ecqmAndCqm()).containsExactly(MeasureResult.of("001", CollectionType.ELECTRONIC_HEALTH_RECORD, 20));
    assertThat(PufQualityColumns.read(record(2021, Map.of("QualityID_001_eCQM-CQM", "20", "Report_eCQM", "0")))
        .ecqmAndCqm()).containsExactly(MeasureResult.of("001", CollectionType.REGISTRY, 20));
  }

  @Test
  void badCellNamesTheFileRowColumnAndValue() {
    assertThatThrownBy(() -> PufQualityColumns.read(record(2022, Map.of("CAHPS_3", "high"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("test.csv row 1")
        .hasMessageContaining("CAHPS_3").hasMessageContaining("'high'");
    assertThatThrownBy(() -> PufQualityColumns.read(record(2022, Map.of("QualityID_318", "184"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("QualityID_318").hasMessageContaining("184");
  }

  @Test
  void everyPublishedRowOfPy2021To2024Reads() {
    for (int y = 2021; y <= 2024; y++) {
      List<PufRecord> rows = PufReader.read(SharedData.subfolder("mssp-puf").resolve("py" + y + ".csv")).values();
      long withValues = rows.stream().map(PufQualityColumns::read)
          .filter(q -> q.webInterface().stream().anyMatch(m -> m.rate().isPresent()) || !q.ecqmAndCqm().isEmpty())
          .count();
      assertThat(rows).as("PY%d", y).isNotEmpty();
      assertThat(withValues).as("PY%d rows with clinician-reported values", y).isGreaterThan(rows.size() * 9 / 10);
      assertThat(rows.stream().map(PufQualityColumns::read).filter(PufQualityInputs::receivedStandardScore).count())
          .as("PY%d floored ACOs", y).isPositive();
    }
  }

  @Test
  void cellParsers() {
    assertThat(PufCells.number("$(1,234.50)")).isEqualTo(-1234.5);
    assertThat(PufCells.rate("7.43%", true)).isEqualTo(0.0743, org.assertj.core.data.Offset.offset(1e-15));
    assertThat(PufCells.measureValue("N/A")).isEmpty();
    assertThat(PufCells.measureValue(" 84.23% ")).hasValue(84.23);
    assertThat(PufCells.isMissing("#N/A")).isTrue();
    assertThat(PufCells.isMissing("0")).isFalse();
    assertThatThrownBy(() -> PufCells.flag("maybe")).hasMessageContaining("'maybe' is not a yes/no flag");
    assertThatThrownBy(() -> PufCells.wholeNumber("7.5")).hasMessageContaining("'7.5' is not a whole number");
  }
}
