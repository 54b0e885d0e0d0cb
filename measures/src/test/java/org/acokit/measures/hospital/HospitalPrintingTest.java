/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.hospital;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

/**
 * Hospital results print as short tables: z-scores, scores and factors to four decimals, the
 * reduction in percent, no negative zero, no internal {@code toString}. The reconciliation
 * reports' tables are checked on CMS's files in {@link HospitalProgramsReconciliationTest}.
 */
class HospitalPrintingTest {

  static void printsCleanly(String text) {
    assertThat(text.length()).as(text).isLessThan(1000);
    assertThat(text).doesNotContain("-0.0000", "NaN", "Infinity", "Optional", "@", "{").doesNotContainPattern("\\w=\\w");
  }

  @Test
  void hacResultPrintsEveryZScoreTheTotalAndTheReduction() {
    HacHospital h = HacHospital.of("010001", "AL", List.of(
        HacMeasureInput.ofZScore(HacMeasure.PSI_90, 1.0130, OptionalDouble.of(1.114)),
        HacMeasureInput.ofZScore(HacMeasure.CLABSI, 0.5127, OptionalDouble.of(1.136)),
        HacMeasureInput.ofZScore(HacMeasure.CAUTI, -0.4856, OptionalDouble.empty()),
        HacMeasureInput.ofZScore(HacMeasure.SSI, -0.1381, OptionalDouble.empty()),
        HacMeasureInput.ofZScore(HacMeasure.CDI, 0.4753, OptionalDouble.empty()),
        HacMeasureInput.ofZScore(HacMeasure.MRSA, -0.00001, OptionalDouble.empty())));
    String text = HacReductionProgram.of(2024, 0.3753, Map.of()).score(h).toString();
    printsCleanly(text);
    assertThat(text).startsWith("HACRP FY2024: hospital 010001\n").contains("PSI 90 z-score").contains("1.0130")
        .contains("-0.4856").contains("0.3753").endsWith("every step: explain()\n");
    assertThat(text.lines().filter(l -> l.startsWith("MRSA z-score")).findFirst().orElseThrow()).endsWith(" 0.0000");
    assertThat(text.lines().filter(l -> l.startsWith("Payment reduction")).findFirst().orElseThrow()).endsWith("No");
  }

  @Test
  void hrrpResultPrintsEachConditionAndTheFactor() {
    Map<HrrpCondition, Double> m = new EnumMap<>(HrrpCondition.class);
    m.put(HrrpCondition.AMI, 0.9955);
    m.put(HrrpCondition.COPD, 0.9954);
    m.put(HrrpCondition.HF, 0.9928);
    m.put(HrrpCondition.PN, 0.9945);
    m.put(HrrpCondition.CABG, 0.9837);
    m.put(HrrpCondition.THA_TKA, 0.9942);
    HrrpHospital h = HrrpHospital.of("010006", OptionalDouble.of(0.12), OptionalInt.of(1), List.of(
        c(HrrpCondition.AMI, 300, 0.9993, 0.0395), c(HrrpCondition.COPD, 200, 1.1965, 0.0155),
        c(HrrpCondition.HF, 500, 1.0899, 0.0325), c(HrrpCondition.PN, 500, 1.0362, 0.0648),
        c(HrrpCondition.CABG, 100, 1.1884, 0.0251), c(HrrpCondition.THA_TKA, 100, 0.90, 0.02)));
    String text = HrrpPayment.stratified(HrrpFiscalYear.of(2027), 0.9628, PeerGroupMedians.of(Map.of(1, m)))
        .adjust(h).toString();
    printsCleanly(text);
    assertThat(text).startsWith("HRRP FY2027: hospital 010006\n").contains("1.1965").contains("THA_TKA")
        .contains("Payment adjustment factor 0.9863 (reduction 1.37%)").endsWith("every step: explain()\n");
    assertThat(text.lines().filter(l -> l.startsWith("AMI")).findFirst().orElseThrow()).endsWith("yes");
    assertThat(text.lines().filter(l -> l.startsWith("THA_TKA")).findFirst().orElseThrow()).endsWith("no");
    assertThat(text.lines().filter(l -> l.startsWith("COPD")).findFirst().orElseThrow()).endsWith("yes");
  }

  private static HrrpConditionInput c(HrrpCondition c, int n, double err, double ratio) {
    return HrrpConditionInput.of(c, n, err, OptionalDouble.of(ratio));
  }
}
