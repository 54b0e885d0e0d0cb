/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.quality.app;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
 * An ACO's APM Performance Pathway quality score for one performance year, with every step that
 * produced it.
 * <p>
 * {@code score = min(100, min(100, 100 x (points + bonus) / available + improvement) + health
 * equity bonus)}, raised to the quality standard score for an ACO affected by extreme and
 * uncontrollable circumstances. {@code toQualityOutcome()} is what the settlement consumes.
 * Immutable and thread-safe.
 */
@Value.Immutable
@AcoStyle
abstract class AbstractAppQualityScore {

  /**
   * The performance year.
   *
   * @return the year
   */
  public abstract int performanceYear();

  /**
   * Every reporting option scored.
   *
   * @return the option scores
   */
  public abstract List<AppOptionScore> options();

  /**
   * The option whose score counts (the highest), empty if the ACO reported nothing.
   *
   * @return the chosen option
   */
  public abstract Optional<AppOptionScore> chosen();

  /**
   * The chosen option's achievement percent with bonus points, capped at 100.
   *
   * @return 0-100
   */
  public abstract double achievementWithBonusPercent();

  /**
   * The bonus points added to the points earned.
   *
   * @return the bonus points
   */
  public abstract double bonusPoints();

  /**
   * The improvement percent, 0-10.
   *
   * @return the improvement percent
   */
  public abstract double improvementPercent();

  /**
   * The health equity adjustment bonus, 0-10.
   *
   * @return the bonus
   */
  public abstract double healthEquityBonus();

  /**
   * The score before the extreme and uncontrollable circumstances floor, 0-100.
   *
   * @return the score
   */
  public abstract double scoreBeforeFloor();

  /**
   * Whether the extreme and uncontrollable circumstances floor raised the score.
   *
   * @return true if the floor applied
   */
  public abstract boolean floorApplied();

  /**
   * The final quality score in percent, 0-100 (the PUF's {@code QualScore}).
   *
   * @return the score
   */
  public abstract double score();

  /**
   * The quality standard's score in percent.
   *
   * @return the standard score
   */
  public abstract double qualityStandardScore();

  /**
   * Whether an outcome measure reached the 10th percentile (decile 2 or better).
   *
   * @return true if so
   */
  public abstract boolean outcomeMeasureAtTenthPercentile();

  /**
   * The standard met.
   *
   * @return the standard
   */
  public abstract QualityStandard standard();

  /**
   * The outcome the settlement consumes: the score as a fraction and the standard met.
   *
   * @return the quality outcome
   */
  public QualityOutcome toQualityOutcome() {
    return QualityOutcome.of(score() / 100, standard());
  }

  /**
   * Explains the score in lettered steps: one row per measure (rate, benchmark used, decile,
   * points), then the option totals, bonus, improvement, health equity adjustment, floor and
   * standard.
   *
   * @return the explanation
   */
  public Explanation explanation() {
    Explanation.Builder e = Explanation.builder()
        .title("APM Performance Pathway quality score, PY" + performanceYear());
    int n = 0;
    for (AppOptionScore o : options()) {
      for (MeasureScore m : o.cahpsSurveyScores()) {
        e.addSteps(measureStep(RowLetters.of(n++), o.label(), m));
      }
      for (MeasureScore m : o.measureScores()) {
        e.addSteps(measureStep(RowLetters.of(n++), o.label(), m));
      }
      e.addSteps(ExplanationStep.of(RowLetters.of(n++), o.label() + ": achievement percent", ValueKind.POINTS, o.achievementPercent(),
          String.format(Locale.ROOT, "100 x %.4f points earned / %.1f available", o.pointsEarned(), o.pointsAvailable())));
    }
    e.addSteps(chosen().isPresent()
        ? ExplanationStep.ofText(RowLetters.of(n++), "Option used", chosen().get().label(), "the higher achievement percent")
        : ExplanationStep.ofText(RowLetters.of(n++), "Option used", "none", "no measures reported"));
    e.addSteps(ExplanationStep.of(RowLetters.of(n++), "Bonus points", ValueKind.POINTS, bonusPoints(),
        "added to points earned (PY2021 high-priority and end-to-end bonus)"));
    e.addSteps(ExplanationStep.of(RowLetters.of(n++), "Achievement with bonus (%)", ValueKind.POINTS,
        achievementWithBonusPercent(), "min(100, 100 x (earned + bonus) / available)"));
    e.addSteps(ExplanationStep.of(RowLetters.of(n++), "Improvement (% points)", ValueKind.POINTS, improvementPercent(),
        "min(10, 10 x (current - max(prior, 30)) / max(prior, 30)) if current > prior; 42 CFR 414.1380(b)(1)(vi)"));
    e.addSteps(ExplanationStep.of(RowLetters.of(n++), "Health equity adjustment (points)", ValueKind.POINTS,
        healthEquityBonus(), "min(10, measure performance scaler x underserved multiplier); 425.512(b)"));
    e.addSteps(ExplanationStep.of(RowLetters.of(n++), "Score before floor (%)", ValueKind.POINTS, scoreBeforeFloor(),
        "min(100, achievement + improvement + health equity bonus)"));
    e.addSteps(ExplanationStep.of(RowLetters.of(n++), "Quality standard score (%)", ValueKind.POINTS, qualityStandardScore(),
        "the year's 30th (2021-2023) or 40th (2024 on) percentile MIPS quality score; 425.512(a)"));
    e.addSteps(ExplanationStep.ofText(RowLetters.of(n++), "Disaster floor applied", floorApplied() ? "Yes" : "No",
        "higher of own score and the standard score when affected; 425.512(c)"));
    e.addSteps(ExplanationStep.of(RowLetters.of(n++), "Quality score (%)", ValueKind.POINTS, score(), "final score"));
    e.addSteps(ExplanationStep.ofText(RowLetters.of(n), "Quality standard", standard().name(),
        "MET if score >= standard score; ALTERNATIVE_MET (2023 on) if an outcome measure reached the 10th percentile"));
    return e.build();
  }

  private static ExplanationStep measureStep(String row, String option, MeasureScore m) {
    String rate = m.rate().isPresent() ? String.valueOf(m.rate().getAsDouble()) : "not reported";
    return ExplanationStep.of(row, option + ": " + m.measureId() + " (" + m.collectionType() + ") rate " + rate,
        ValueKind.POINTS, m.points(), m.status() + ", " + fmt(m.points()) + " of " + fmt(m.maxPoints()) + ": " + m.basis());
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }

  /**
   * The score as a table: each option's achievement percent, then bonus, improvement, health
   * equity adjustment and the quality score against the standard score; every measure:
   * {@code explanation()}.
   *
   * @return the table
   */
  @Override
  public String toString() {
    TextTable t = TextTable.of("APM Performance Pathway quality score, PY" + performanceYear(), "Step", "Value");
    for (AppOptionScore o : options()) {
      t.row(o.label() + ": achievement (%)", Formats.value(ValueKind.POINTS, o.achievementPercent()));
    }
    t.row("Option used", chosen().isPresent() ? chosen().get().label() : "none")
        .row("Achievement with bonus (%)", Formats.value(ValueKind.POINTS, achievementWithBonusPercent()))
        .row("Improvement (% points)", Formats.value(ValueKind.POINTS, improvementPercent()))
        .row("Health equity adjustment (points)", Formats.value(ValueKind.POINTS, healthEquityBonus()))
        .row("Quality score (%)", Formats.value(ValueKind.POINTS, score()))
        .row("Quality standard score (%)", Formats.value(ValueKind.POINTS, qualityStandardScore()))
        .row("Quality standard", standard().name());
    return t.render() + "every measure: explanation()";
  }
}
