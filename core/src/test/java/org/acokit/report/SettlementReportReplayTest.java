/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.acokit.io.FailureCode;
import org.acokit.io.FailureException;
import org.acokit.population.EnrollmentType;
import org.acokit.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Replays CMS's PY2022 financial reconciliation report of ACO A1540 with the library.
 */
class SettlementReportReplayTest {

  private static SettlementReport report;
  private static List<ReplayedCell> cells;

  @BeforeAll
  static void replay() {
    report = SettlementReportReader.read(SharedData.subfolder("mssp-settlement-report-a1540-py2022"));
    cells = SettlementReportReplay.replay(report);
  }

  @Test
  void aMissingOrMalformedInputIsAFailureWithCodeAndPath() {
    Map<String, String> withoutTrack = new LinkedHashMap<>(report.parameters());
    withoutTrack.remove("ACO Track");
    assertThatThrownBy(() -> SettlementReportReplay.replay(SettlementReport.builder().from(report)
        .parameters(withoutTrack).build()))
        .isInstanceOfSatisfying(FailureException.class, e -> {
          assertThat(e.failure().code()).isEqualTo(FailureCode.MISSING_INPUT);
          assertThat(e.failure().path()).isEqualTo("ACO Track");
          assertThat(e.getMessage()).contains("the report's parameters have no 'ACO Track'");
        });
    Map<String, String> badWeight = new LinkedHashMap<>(report.parameters());
    badWeight.put("Benchmark Year Weights / Benchmark Year 2 (BY2)", "one third");
    assertThatThrownBy(() -> SettlementReportReplay.replay(SettlementReport.builder().from(report)
        .parameters(badWeight).build()))
        .isInstanceOfSatisfying(FailureException.class, e -> {
          assertThat(e.failure().code()).isEqualTo(FailureCode.UNPARSEABLE);
          assertThat(e.failure().path()).isEqualTo("Benchmark Year Weights / Benchmark Year 2 (BY2)");
          assertThat(e.failure().value()).hasValue("one third");
        });
    // Parameters that Java would read wrongly or throw on: no raw exception, no NaN or infinity.
    Map<String, FailureCode> bad = new LinkedHashMap<>();
    bad.put("Benchmark Year Weights / Benchmark Year 2 (BY2)=1/0", FailureCode.INVALID_VALUE);
    bad.put("Benchmark Year Weights / Benchmark Year 2 (BY2)=NaN", FailureCode.UNPARSEABLE);
    bad.put("Benchmark Year Weights / Benchmark Year 2 (BY2)=1e400", FailureCode.NOT_FINITE);
    bad.put("Performance Year for which ACO is Being Reconciled=2022", FailureCode.UNPARSEABLE);
    bad.put("Performance Year for which ACO is Being Reconciled=13/45/2022 - 12/31/2022", FailureCode.UNPARSEABLE);
    bad.put("Expenditure & Risk Score Period / Benchmark Year 3 (BY3)=2018", FailureCode.UNPARSEABLE);
    bad.put("ACO Track=Level Z", FailureCode.INVALID_VALUE);
    bad.forEach((entry, code) -> {
      String label = entry.substring(0, entry.indexOf('='));
      String value = entry.substring(entry.indexOf('=') + 1);
      Map<String, String> parameters = new LinkedHashMap<>(report.parameters());
      parameters.put(label, value);
      assertThatThrownBy(() -> SettlementReportReplay.replay(SettlementReport.builder().from(report)
          .parameters(parameters).build()))
          .as(entry).isInstanceOfSatisfying(FailureException.class, e -> {
            assertThat(e.failure().code()).isEqualTo(code);
            assertThat(e.failure().path()).isEqualTo(label);
            assertThat(e.failure().value()).hasValue(value);
          });
    });
    assertThatThrownBy(() -> report.table("9")).isInstanceOfSatisfying(FailureException.class, e -> {
      assertThat(e.failure().code()).isEqualTo(FailureCode.MISSING_INPUT);
      assertThat(e.failure().path()).isEqualTo("Table 9");
    });
    assertThatThrownBy(() -> report.table("3").value("P", null, "Performance Year"))
        .isInstanceOfSatisfying(FailureException.class, e -> {
          assertThat(e.failure().code()).isEqualTo(FailureCode.MISSING_INPUT);
          assertThat(e.failure().path()).isEqualTo("Table 3 [P] / Performance Year");
          assertThat(e.failure().value()).hasValue("Savings");
        });
  }

  @Test
  void readsTheTablesAndParameters() {
    assertThat(report.tables().keySet()).containsExactlyInAnyOrder("1", "2", "3", "A3");
    assertThat(report.table("1").value("A2", null, "BY1")).isEqualTo(9848.33333333321);
    assertThat(report.table("1").value("G", EnrollmentType.ESRD, "Benchmark")).isEqualTo(97295.8059797171);
    assertThat(report.table("2").value("B", EnrollmentType.AGED_NON_DUAL, "Performance Year")).isEqualTo(1.20472947861179);
    assertThat(report.table("3").value("Y", null, "Performance Year")).isEqualTo(2883145.52638605);
    assertThat(report.table("3").cell("P", null, "Performance Year").orElseThrow().text()).isEqualTo("Savings");
    assertThat(report.table("A3").value("A", EnrollmentType.DISABLED, "PY")).isEqualTo(13352.9608);
    assertThat(report.parameter("ACO Track")).hasValue("BASIC Level B");
    assertThat(report.parameter("Benchmark Year Weights / Benchmark Year 2 (BY2)")).hasValue("1/3");
  }

  @Test
  void reproducesEveryDerivedValueToRelativeError1em9() {
    List<ReplayedCell> published = cells.stream().filter(c -> c.published().isPresent()).collect(Collectors.toList());
    List<String> misses = published.stream().filter(c -> !c.isReproduced(1e-9))
        .map(c -> c.table() + " [" + c.row() + "] " + c.enrollmentType().map(EnrollmentType::label).orElse("") + " "
            + c.column() + ": computed " + c.computed() + ", published " + c.published().getAsDouble())
        .collect(Collectors.toList());
    assertThat(misses).isEmpty();
    assertThat(published).hasSizeGreaterThan(150);
  }

  @Test
  void theChainEndsInThePublishedPayment() {
    ReplayedCell y = cells.stream().filter(c -> c.table().equals("3") && c.row().equals("Y")).findFirst().orElseThrow();
    assertThat(y.computed()).isCloseTo(2883145.52638605, within(1e-5));
    ReplayedCell h = cells.stream().filter(c -> c.table().equals("2") && c.row().equals("H")).findFirst().orElseThrow();
    assertThat(h.computed()).isCloseTo(14136.6916270482, within(1e-9));
  }
}
