/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.explain;

import java.util.Optional;
import java.util.OptionalDouble;

import org.acokit.internal.AcoStyle;
import org.immutables.value.Value;

/**
 * One lettered step of an explanation: the report's row letter, its label, the value and the
 * formula in words.
 * <p>
 * A step holds either a number ({@link #value()}), a text ({@link #text()}), or neither, which
 * means "not applicable" and prints as CMS's en dash. Immutable and thread-safe.
 */
@Value.Immutable
@AcoStyle
abstract class AbstractExplanationStep {

  /**
   * The row letter as CMS prints it, without brackets ({@code "A"}, {@code "GG"}).
   *
   * @return the row letter
   */
  public abstract String row();

  /**
   * The row label, such as {@code "Total Savings ($)"}.
   *
   * @return the label
   */
  public abstract String label();

  /**
   * What the value measures.
   *
   * @return the kind of value
   */
  public abstract ValueKind kind();

  /**
   * The numeric value, unrounded; empty for text steps and for steps that do not apply.
   *
   * @return the value
   */
  public abstract OptionalDouble value();

  /**
   * The text value, for {@link ValueKind#TEXT} steps.
   *
   * @return the text
   */
  public abstract Optional<String> text();

  /**
   * The formula or rule in words, such as {@code "[H] - [G]"}.
   *
   * @return the formula
   */
  public abstract String formula();

  /**
   * Whether the step applies; a step that does not apply prints as an en dash.
   *
   * @return true if the step has a value or a text
   */
  public boolean applies() {
    return value().isPresent() || text().isPresent();
  }

  @Value.Check
  void check() {
    if (value().isPresent() && !Double.isFinite(value().getAsDouble())) {
      throw new IllegalArgumentException(
          "value of step [" + row() + "] must be finite, but was " + value().getAsDouble());
    }
    if (value().isPresent() && text().isPresent()) {
      throw new IllegalArgumentException("step [" + row() + "] has both a value and a text");
    }
    if (kind() == ValueKind.TEXT && value().isPresent()) {
      throw new IllegalArgumentException("text step [" + row() + "] must not hold a number");
    }
  }

  /**
   * A numeric step.
   *
   * @param row the row letter
   * @param label the label
   * @param kind what the value measures
   * @param value the value
   * @param formula the formula in words
   * @return the step
   */
  public static ExplanationStep of(String row, String label, ValueKind kind, double value, String formula) {
    return ExplanationStep.builder().row(row).label(label).kind(kind).value(value).formula(formula).build();
  }

  /**
   * A text step.
   *
   * @param row the row letter
   * @param label the label
   * @param text the text value
   * @param formula the rule in words
   * @return the step
   */
  public static ExplanationStep ofText(String row, String label, String text, String formula) {
    return ExplanationStep.builder().row(row).label(label).kind(ValueKind.TEXT).text(text).formula(formula).build();
  }

  /**
   * A step that does not apply (printed as an en dash).
   *
   * @param row the row letter
   * @param label the label
   * @param kind what the value would measure
   * @param reason why it does not apply
   * @return the step
   */
  public static ExplanationStep notApplicable(String row, String label, ValueKind kind, String reason) {
    return ExplanationStep.builder().row(row).label(label).kind(kind).formula(reason).build();
  }
}
