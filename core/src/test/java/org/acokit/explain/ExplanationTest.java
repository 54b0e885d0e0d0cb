/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Tests {@link Explanation} rendering.
 */
class ExplanationTest {

  private static final Explanation EXPLANATION = Explanation.builder().title("Table X")
      .addSteps(ExplanationStep.of("A", "Count", ValueKind.COUNT, 7207, "input"))
      .addSteps(ExplanationStep.of("B", "Money, with comma", ValueKind.DOLLARS, 1234.5, "[A] x 2"))
      .addSteps(ExplanationStep.ofText("C", "Outcome", "Savings", "rule"))
      .addSteps(ExplanationStep.notApplicable("D", "Loss", ValueKind.DOLLARS, "one-sided"))
      .build();

  @Test
  void rendersTextTable() {
    String text = EXPLANATION.toTextTable();
    assertThat(text).startsWith("Table X\n");
    assertThat(text).contains("[A] Count").contains("7,207").contains("1,234.50").contains("Savings")
        .contains("\u2013").contains("[A] x 2");
  }

  @Test
  void rendersCsvUnroundedAndQuoted() {
    assertThat(EXPLANATION.toCsv()).isEqualTo("row,label,kind,value,formula\n"
        + "A,Count,COUNT,7207.0,input\n"
        + "B,\"Money, with comma\",DOLLARS,1234.5,[A] x 2\n"
        + "C,Outcome,TEXT,Savings,rule\n"
        + "D,Loss,DOLLARS,,one-sided\n");
  }

  @Test
  void findsStepsAndMarkdown() {
    assertThat(EXPLANATION.step("B").orElseThrow().value()).hasValue(1234.5);
    assertThat(EXPLANATION.step("Z")).isEmpty();
    assertThat(EXPLANATION.toMarkdown()).contains("| [D] | Loss | \u2013 | one-sided |");
  }

  @Test
  void refusesNonFiniteValues() {
    assertThatThrownBy(() -> ExplanationStep.of("A", "x", ValueKind.DOLLARS, Double.NaN, "f"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("value of step [A] must be finite, but was NaN");
  }

  @Test
  void lettersRowsLikeCmsReports() {
    assertThat(RowLetters.of(0)).isEqualTo("A");
    assertThat(RowLetters.of(25)).isEqualTo("Z");
    assertThat(RowLetters.of(26)).isEqualTo("AA");
    assertThat(RowLetters.of(32)).isEqualTo("AG");
    assertThat(RowLetters.of(26 + 26 * 26)).isEqualTo("AAA");
    assertThatThrownBy(() -> RowLetters.of(-1)).hasMessage("row index must be 0 or more, but was -1");
  }
}
