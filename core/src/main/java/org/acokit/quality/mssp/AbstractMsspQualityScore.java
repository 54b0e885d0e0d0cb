/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.quality.mssp;

import java.util.List;
import java.util.Locale;

import org.acokit.explain.Explanation;
import org.acokit.explain.ExplanationStep;
import org.acokit.explain.Formats;
import org.acokit.explain.RowLetters;
import org.acokit.explain.TextTable;
import org.acokit.explain.ValueKind;
import org.acokit.internal.AcoStyle;
import org.acokit.quality.MeasureScore;
import org.acokit.quality.QualityOutcome;
import org.acokit.quality.QualityStandard;
import org.immutables.value.Value;

/**
 * An ACO's PY2012-2020 quality score: the domain scores, their equal-weight mean, the minimum
 * attainment gate and the disaster rule. {@code toQualityOutcome()} is what the settlement
 * consumes. Immutable and thread-safe.
 */
@Value.Immutable
@AcoStyle
abstract class AbstractMsspQualityScore {

  /**
   * The performance year.
   *
   * @return the year
   */
  public abstract int performanceYear();

  /**
   * Whether the year was scored as pay for reporting.
   *
   * @return true in the pay-for-reporting year
   */
  public abstract boolean payForReporting();

  /**
   * The domain scores, in domain order.
   *
   * @return the domain scores
   */
  public abstract List<MsspDomainScore> domains();

  /**
   * Whether every required measure was reported.
   *
   * @return true if complete
   */
  public abstract boolean reportedCompletely();

  /**
   * The score before the disaster rule, a fraction.
   *
   * @return the score
   */
  public abstract double scoreBeforeDisasterRule();

  /**
   * Whether the mean quality score of all ACOs replaced the ACO's own (425.502(f)).
   *
   * @return true if the disaster rule raised the score
   */
  public abstract boolean disasterRuleApplied();

  /**
   * The quality score, a fraction 0-1.
   *
   * @return the score
   */
  public abstract double score();

  /**
   * The standard met: MET if every domain has a measure at minimum attainment and all measures
   * were reported (425.502(d)(2)(iii)), or complete reporting in the pay-for-reporting year.
   *
   * @return the standard
   */
  public abstract QualityStandard standard();

  /**
   * The settlement's quality input: score and standard.
   *
   * @return the outcome
   */
  public QualityOutcome toQualityOutcome() {
    return QualityOutcome.of(score(), standard());
  }

  /**
   * Explains the score: each measure's points, each domain's score, the mean, the gate and the
   * disaster rule.
   *
   * @return the explanation
   */
  public Explanation explanation() {
    Explanation.Builder e = Explanation.builder().title("Shared Savings Program quality score, PY" + performanceYear());
    int n = 0;
    for (MsspDomainScore d : domains()) {
      for (MeasureScore m : d.measureScores()) {
        String rate = m.rate().isPresent() ? String.valueOf(m.rate().getAsDouble()) : "not reported";
        e.addSteps(ExplanationStep.of(RowLetters.of(n++), d.domain() + ": " + m.measureId() + " rate " + rate, ValueKind.POINTS,
            m.points(), m.status() + ", of " + m.maxPoints() + ": " + m.basis()));
      }
      e.addSteps(ExplanationStep.of(RowLetters.of(n++), d.domain() + ": domain score", ValueKind.RATE, d.score(),
          String.format(Locale.ROOT, "min(%.2f earned + %.4f bonus, %.2f possible) / %.2f possible", d.pointsEarned(),
              d.bonusPoints(), d.pointsPossible(), d.pointsPossible())));
    }
    e.addSteps(ExplanationStep.of(RowLetters.of(n++), "Score before disaster rule", ValueKind.RATE, scoreBeforeDisasterRule(),
        payForReporting() ? "pay for reporting: 1 if every measure reported, else 0" : "mean of the domain scores"));
    e.addSteps(ExplanationStep.ofText(RowLetters.of(n++), "Disaster rule applied", disasterRuleApplied() ? "Yes" : "No",
        "mean score of all ACOs if not reported, else the higher of own and mean; 425.502(f)"));
    e.addSteps(ExplanationStep.of(RowLetters.of(n++), "Quality score", ValueKind.RATE, score(), "final score"));
    e.addSteps(ExplanationStep.ofText(RowLetters.of(n), "Quality standard", standard().name(),
        "all measures reported and a measure at minimum attainment in every domain; 425.502(d)(2)(iii)"));
    return e.build();
  }

  /**
   * The score as a table: each domain's points and score, then the quality score and standard;
   * every measure: {@code explanation()}.
   *
   * @return the table
   */
  @Override
  public String toString() {
    TextTable t = TextTable.of("Shared Savings Program quality score, PY" + performanceYear(),
        "Domain", "Points earned", "Bonus", "Points possible", "Score (%)");
    for (MsspDomainScore d : domains()) {
      t.row(d.domain(), Formats.value(ValueKind.POINTS, d.pointsEarned()), Formats.value(ValueKind.POINTS, d.bonusPoints()),
          Formats.value(ValueKind.POINTS, d.pointsPossible()), Formats.percent(d.score(), 2));
    }
    t.row("Quality score", "", "", "", Formats.percent(score(), 2));
    return t.render() + "Quality standard: " + standard() + "; every measure: explanation()";
  }
}
