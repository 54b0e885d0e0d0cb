/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.testkit;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.acokit.contract.ContractResult;
import org.acokit.contract.ContractStep;
import org.acokit.contract.ResolvedContract;
import org.acokit.contract.ContractTerms;
import org.acokit.contract.Outcome;
import org.acokit.contract.PerformanceInputs;
import org.acokit.explain.Explanation;
import org.acokit.explain.ExplanationStep;

/**
 * Assertions on a settlement under contract terms, whose failures explain themselves.
 * <p>
 * Example:
 * <pre>{@code
 * assertSettlement(terms, inputs)
 *     .hasOutcome(Outcome.SAVINGS)
 *     .paysWithin(3_528_000, 0.01)
 *     .matchesSettlementUnder(referenceTerms, 0.01);
 * }</pre>
 * A failure throws {@link AssertionError} with the expected and actual payment, the difference,
 * and the settlement's lettered steps; comparing with a reference settlement lists every step
 * whose value differs, in order, so the first line names where the two part. Payments are signed:
 * positive is paid to the ACO, negative is owed by it. Not thread-safe (one assertion chain per
 * thread), immutable state.
 */
public final class SettlementAssert {

  private final ContractResult result;

  private SettlementAssert(ContractResult result) {
    this.result = result;
  }

  /**
   * Settles the inputs under the terms and starts an assertion chain.
   *
   * @param terms the contract terms
   * @param inputs the performance inputs
   * @return the assertion
   * @throws AssertionError if the settlement itself fails (invalid terms, a missing input), with
   *     the reason
   */
  public static SettlementAssert assertSettlement(ContractTerms terms, PerformanceInputs inputs) {
    Objects.requireNonNull(terms, "terms");
    Objects.requireNonNull(inputs, "inputs");
    try {
      return new SettlementAssert(ResolvedContract.of(terms).settle(inputs));
    } catch (IllegalArgumentException e) {
      throw new AssertionError("settling under '" + terms.name() + "' failed: " + e.getMessage(), e);
    }
  }

  /**
   * Starts an assertion chain on a settlement already made.
   *
   * @param result the settlement
   * @return the assertion
   */
  public static SettlementAssert assertThat(ContractResult result) {
    return new SettlementAssert(Objects.requireNonNull(result, "result"));
  }

  /**
   * The settlement under test.
   *
   * @return the settlement
   */
  public ContractResult result() {
    return result;
  }

  /**
   * Expects the net payment within a tolerance.
   *
   * @param expected the expected payment, dollars (positive to the ACO, negative owed by it)
   * @param tolerance the largest allowed absolute difference, dollars
   * @return this assertion
   * @throws AssertionError if the payment differs by more than the tolerance, explaining the
   *     settlement step by step
   * @throws IllegalArgumentException if the tolerance is negative or a number is not finite
   */
  public SettlementAssert paysWithin(double expected, double tolerance) {
    if (!Double.isFinite(expected) || !(tolerance >= 0) || Double.isInfinite(tolerance)) {
      throw new IllegalArgumentException("expected must be finite and tolerance a finite number of 0 or more, but were "
          + expected + " and " + tolerance);
    }
    double actual = result.payment();
    if (Math.abs(actual - expected) <= tolerance) {
      return this;
    }
    StringBuilder m = new StringBuilder(String.format(Locale.ROOT,
        "expected the settlement under '%s' to pay %,.2f (within %,.2f) but it pays %,.2f: off by %,.2f%n",
        result.terms().name(), expected, tolerance, actual, actual - expected));
    m.append(whereItCameFrom()).append('\n').append(result.explain().toTextTable());
    throw new AssertionError(m.toString());
  }

  /**
   * Expects an outcome.
   *
   * @param expected savings, losses or neither
   * @return this assertion
   * @throws AssertionError if the outcome differs, with the steps that decided it
   */
  public SettlementAssert hasOutcome(Outcome expected) {
    if (result.outcome() != expected) {
      throw new AssertionError("expected outcome " + expected + " under '" + result.terms().name() + "' but it was "
          + result.outcome() + "\n" + whereItCameFrom() + "\n" + result.explain().toTextTable());
    }
    return this;
  }

  /**
   * Expects the same payment as the settlement of the same inputs under reference terms (another
   * reading of the contract, a previous version, a program preset).
   *
   * @param reference the reference terms
   * @param tolerance the largest allowed absolute difference of payments, dollars
   * @return this assertion
   * @throws AssertionError if the payments differ by more than the tolerance, listing every step
   *     whose value differs between the two settlements
   */
  public SettlementAssert matchesSettlementUnder(ContractTerms reference, double tolerance) {
    ContractResult other = assertSettlement(reference, result.inputs()).result();
    if (Math.abs(result.payment() - other.payment()) <= tolerance) {
      return this;
    }
    throw new AssertionError(String.format(Locale.ROOT, "the settlement under '%s' pays %,.2f but under '%s' %,.2f "
        + "(tolerance %,.2f); the steps that differ:%n%s", result.terms().name(), result.payment(), reference.name(),
        other.payment(), tolerance, explainDifference(result, other)));
  }

  /**
   * Lists, in step order, every step whose value or text differs between two settlements, such
   * as {@code [J] Settlement benchmark: 970.00 vs 1,000.00 (difference -30.00)}.
   *
   * @param actual the settlement under test
   * @param expected the reference settlement
   * @return one line per differing step; empty if none differs
   */
  public static String explainDifference(ContractResult actual, ContractResult expected) {
    Explanation a = actual.explain();
    Explanation e = expected.explain();
    StringBuilder out = new StringBuilder();
    for (ExplanationStep step : a.steps()) {
      Optional<ExplanationStep> other = e.step(step.row());
      if (other.isEmpty()) {
        continue;
      }
      ExplanationStep o = other.get();
      if (step.value().isPresent() && o.value().isPresent()) {
        double x = step.value().getAsDouble();
        double y = o.value().getAsDouble();
        if (Math.abs(x - y) > 1e-9 * Math.max(1, Math.max(Math.abs(x), Math.abs(y)))) {
          out.append(String.format(Locale.ROOT, "[%s] %s: %s vs %s (difference %s)", step.row(), step.label(),
              number(x), number(y), number(x - y)));
          out.append(step.formula().equals(o.formula()) ? "" : "; " + step.formula() + " vs " + o.formula())
              .append(System.lineSeparator());
        }
      } else if (!step.text().equals(o.text()) || step.value().isPresent() != o.value().isPresent()) {
        out.append(String.format(Locale.ROOT, "[%s] %s: %s vs %s%n", step.row(), step.label(), shown(step), shown(o)));
      }
    }
    return out.toString();
  }

  /**
   * Asserts the settlement respects its caps: the savings payment at most the savings cap, the
   * losses owed at most the loss cap, neither negative.
   *
   * @return this assertion
   * @throws AssertionError if a cap is exceeded
   */
  public SettlementAssert respectsCaps() {
    double slack = 1e-9 * Math.max(1, result.settlementBenchmark());
    if (result.savingsPayment() < -slack || result.lossesOwed() < -slack) {
      throw new AssertionError("savings payment and losses owed must not be negative:\n" + result.explain());
    }
    if (result.savingsCap().isPresent() && result.savingsPayment() > result.savingsCap().getAsDouble() + slack) {
      throw new AssertionError("the savings payment exceeds the savings cap:\n" + result.explain());
    }
    if (result.lossCap().isPresent() && result.lossesOwed() > result.lossCap().getAsDouble() + slack) {
      throw new AssertionError("the losses owed exceed the loss cap:\n" + result.explain());
    }
    return this;
  }

  private String whereItCameFrom() {
    switch (result.outcome()) {
      case SAVINGS:
        return String.format(Locale.ROOT, "savings: gross %,.2f ([%s]) shared %,.2f ([%s]), quality factor %s ([%s]), "
            + "cap %s ([%s]), sequestration %,.2f ([%s])", result.grossSavings(), ContractStep.GROSS_SAVINGS.row(),
            result.sharedSavings(), ContractStep.SHARED_SAVINGS.row(), optional(result.qualityFactor()),
            ContractStep.QUALITY_FACTOR.row(), optional(result.savingsCap()), ContractStep.SAVINGS_CAP.row(),
            result.sequestration(), ContractStep.SEQUESTRATION.row());
      case LOSSES:
        return String.format(Locale.ROOT, "losses: gross %,.2f ([%s]) shared %,.2f ([%s]), loss rate %s ([%s]), "
            + "cap %s ([%s]), reduction %,.2f ([%s])", result.grossSavings(), ContractStep.GROSS_SAVINGS.row(),
            result.sharedLosses(), ContractStep.SHARED_LOSSES.row(), optional(result.lossRate()),
            ContractStep.LOSS_RATE.row(), optional(result.lossCap()), ContractStep.LOSS_CAP.row(),
            result.lossReductionAmount(), ContractStep.LOSS_REDUCTION.row());
      default:
        return String.format(Locale.ROOT, "nothing shared: gross %,.2f ([%s]) is inside the corridor of %,.2f savings "
            + "([%s]) and %,.2f losses ([%s])", result.grossSavings(), ContractStep.GROSS_SAVINGS.row(),
            result.minimumSavingsAmount(), ContractStep.MINIMUM_SAVINGS_AMOUNT.row(), result.minimumLossAmount(),
            ContractStep.MINIMUM_LOSS_AMOUNT.row());
    }
  }

  private static String optional(java.util.OptionalDouble value) {
    return value.isPresent() ? number(value.getAsDouble()) : "none";
  }

  private static String number(double v) {
    return Math.abs(v) < 10 && v != Math.rint(v) ? String.format(Locale.ROOT, "%.6f", v)
        : String.format(Locale.ROOT, "%,.2f", v);
  }

  private static String shown(ExplanationStep s) {
    if (s.text().isPresent()) {
      return s.text().get();
    }
    return s.value().isPresent() ? number(s.value().getAsDouble()) : "n/a";
  }
}
