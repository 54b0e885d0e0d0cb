/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.program.mssp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.acokit.contract.ContractResult;
import org.acokit.explain.Explanation;
import org.acokit.explain.ExplanationStep;
import org.acokit.explain.Formats;
import org.acokit.explain.TextTable;
import org.acokit.explain.ValueKind;
import org.acokit.quality.QualityOutcome;
import org.acokit.quality.QualityStandard;
import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

/**
 * Results print as readable tables (JShell shows {@code toString()}): rates labelled {@code (%)}
 * as percents, no negative zero, no internal {@code toString} of value types.
 */
class ResultPrintingTest {

  private static final String NEGATIVE_ZERO = "(?<![0-9])-0(\\.0+)?(?![0-9.])";

  private static MsspInput enhanced() {
    return MsspInput.builder().performanceYear(2023).track(MsspTrack.ENHANCED)
        .agreementStart(LocalDate.of(2022, 1, 1)).assignedBeneficiaries(12000).personYears(11500)
        .perCapitaBenchmark(12000).perCapitaExpenditure(11400)
        .quality(QualityOutcome.of(0.82, QualityStandard.MET)).msrElection(MsrElection.zero()).build();
  }

  @Test
  void textTableAlignsNumbersRightAndTextLeft() {
    String t = TextTable.of("Title", "Step", "Value", "Note")
        .row("Payment ($)", "5,071,500.00", "long note")
        .row("Rate (%)", "75.0000%", null).render();
    assertThat(t).isEqualTo("Title\n"
        + "Step                Value  Note\n"
        + "------------------------------------\n"
        + "Payment ($)  5,071,500.00  long note\n"
        + "Rate (%)         75.0000%  \u2013\n");
    assertThat(TextTable.of("", "Name", "Value").row("a", "MET").row("b", "1.5").render())
        .isEqualTo("Name  Value\n-----------\na       MET\nb       1.5\n");
    assertThatThrownBy(() -> TextTable.of("T", "a", "b").row("only one"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a row of this table needs 2 cells ([a, b]), but had 1: [only one]");
  }

  @Test
  void formatsNeverPrintNegativeZero() {
    assertThat(Formats.value(ValueKind.RATE, -0.0)).isEqualTo("0.000000");
    assertThat(Formats.value(ValueKind.RATE, -1e-9)).isEqualTo("0.000000");
    assertThat(Formats.value(ValueKind.DOLLARS, -0.004)).isEqualTo("0.00");
    assertThat(Formats.value(ValueKind.COUNT, -0.2)).isEqualTo("0");
    assertThat(Formats.value(ValueKind.DOLLARS, -1234.5)).isEqualTo("-1,234.50");
    assertThat(Formats.percent(-0.0)).isEqualTo("0%");
    assertThat(Formats.percent(-1e-12, 4)).isEqualTo("0.0000%");
    assertThat(Formats.percent(0.0335855855, 4)).isEqualTo("3.3586%");
    assertThat(Formats.dollars(-0.0)).isEqualTo("0.00");
  }

  @Property(tries = 200)
  void noKindPrintsANegativeZero(@ForAll @DoubleRange(min = -0.01, max = 0.01) double v) {
    for (ValueKind kind : new ValueKind[] {ValueKind.COUNT, ValueKind.PERSON_YEARS, ValueKind.DOLLARS,
        ValueKind.RATE, ValueKind.POINTS}) {
      assertThat(Formats.value(kind, v)).doesNotContainPattern(NEGATIVE_ZERO);
    }
    assertThat(Formats.percent(v / 1e6, 4)).doesNotContainPattern(NEGATIVE_ZERO);
  }

  @Test
  void ratesLabelledPercentPrintAsPercents() {
    Explanation e = Explanation.builder().title("T")
        .addSteps(ExplanationStep.of("A", "Final Sharing Rate (%)", ValueKind.RATE, 0.75, "terms"))
        .addSteps(ExplanationStep.of("B", "Risk ratio", ValueKind.RATE, 1.0234567, "ratio"))
        .addSteps(ExplanationStep.of("C", "Savings ($)", ValueKind.DOLLARS, -0.0, "none")).build();
    assertThat(e.toTextTable()).contains("75.0000%").doesNotContain("0.750000").contains("1.023457")
        .doesNotContainPattern(NEGATIVE_ZERO);
    assertThat(e.toCsv()).contains("C,Savings ($),DOLLARS,0.0,none").doesNotContain("-0.0");
    String table3 = MsspSettlement.settle(MsspSettlementTest.a1540()).explain().toTextTable();
    assertThat(table3).containsPattern("\\[L\\] Minimum Savings Rate \\(%\\) +3\\.3586%")
        .containsPattern("\\[R\\] ACO Quality Performance Score \\(%\\) +73\\.2600%")
        .doesNotContainPattern(NEGATIVE_ZERO);
  }

  @Test
  void settlementResultsPrintAsShortTables() {
    MsspResult s = MsspSettlement.settle(enhanced());
    String text = s.toString();
    assertThat(text).startsWith("Table 3 (summary): PY2023, ENHANCED, SAVINGS\n")
        .containsPattern("\\[T\\] Final Sharing Rate \\(%\\) +75\\.0000%")
        .containsPattern("Earned savings \\(\\+\\) or losses owed \\(-\\) \\(\\$\\) +5,071,500\\.00")
        .doesNotContain("MsspResult{").doesNotContainPattern(NEGATIVE_ZERO)
        .hasSizeLessThan(1000);   // JShell shows up to 1,000 characters of a value
    ContractResult c = s.contractResult();
    assertThat(c.toString()).startsWith("MSSP ENHANCED PY2023: SAVINGS\n")
        .containsPattern("Payment \\(\\$\\) +5,071,500\\.00").contains("Savings rate (%)")
        .doesNotContain("ContractResult{").hasSizeLessThan(1000);
  }

  @Test
  void electionsPrintInCmsWords() {
    assertThat(MsrElection.zero()).hasToString("0% MSR/MLR");
    assertThat(MsrElection.fixed(0.015)).hasToString("1.5% MSR/MLR");
    assertThat(MsrElection.variable()).hasToString("variable MSR/MLR");
    MsspResult twoSided = MsspSettlement.settle(MsspInput.builder().from(enhanced()).perCapitaExpenditure(12500).build());
    assertThat(twoSided.explain().toTextTable() + twoSided + twoSided.input()).doesNotContain("MsrElection{")
        .doesNotContainPattern(NEGATIVE_ZERO);
  }
}
