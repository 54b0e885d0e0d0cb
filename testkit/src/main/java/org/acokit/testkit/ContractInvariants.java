/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.testkit;

import java.util.List;
import java.util.Locale;

import org.acokit.contract.Band;
import org.acokit.contract.ContractJson;
import org.acokit.contract.ContractResult;
import org.acokit.contract.ResolvedContract;
import org.acokit.contract.ContractTerms;
import org.acokit.contract.PerformanceInputs;
import org.acokit.contract.ShareBasis;

/**
 * Invariants every well-formed contract should keep, as assertions to call from a property test
 * over {@link ContractArbitraries}:
 * <ul>
 *   <li>{@link #continuousAtCorridorBoundaries}: the payment does not jump where one band (risk
 *       corridor) meets the next;</li>
 *   <li>{@link #nonDecreasingInSavings}: spending less never pays less;</li>
 *   <li>{@link #capsNeverExceeded}: payments stay within the savings and loss caps;</li>
 *   <li>{@link #jsonRoundTripIsExact}: writing then reading the terms gives equal terms.</li>
 * </ul>
 * Each throws {@link AssertionError} with the settlement's explanation. Pure functions;
 * thread-safe.
 */
public final class ContractInvariants {

  /** Distance either side of a boundary, as a share of the settlement benchmark. */
  private static final double EPSILON = 1e-7;

  private ContractInvariants() {
  }

  /**
   * Checks that the payment is continuous where bands meet, on both the savings and the loss
   * side: settling just below and just above each boundary (1e-7 of the benchmark either side)
   * moves the payment by at most what that distance can move it. Boundaries inside the minimum
   * savings (loss) corridor, where the gate itself jumps, are skipped.
   *
   * @param terms the terms
   * @param inputs the inputs whose benchmark, quality and other inputs are used
   * @throws AssertionError if the payment jumps at a boundary
   */
  public static void continuousAtCorridorBoundaries(ContractTerms terms, PerformanceInputs inputs) {
    ContractResult base = ResolvedContract.of(terms).settle(inputs);
    double benchmark = base.settlementBenchmark();
    check(terms, inputs, base, terms.savingsBands(), terms.minimumSavingsRate(), +1, benchmark);
    check(terms, inputs, base, terms.lossBands(), terms.minimumLossRate(), -1, benchmark);
  }

  private static void check(ContractTerms terms, PerformanceInputs inputs, ContractResult base, List<Band> bands,
      double minimumRate, int side, double benchmark) {
    double offset = terms.shareBasis() == ShareBasis.EXCESS_ONLY ? minimumRate : 0;
    for (Band band : bands) {
      if (band.upper().isEmpty()) {
        continue;
      }
      double boundary = band.upper().getAsDouble() + offset;
      if (boundary <= minimumRate + 2 * EPSILON) {
        continue;
      }
      double below = payment(terms, inputs, base, side * (boundary - EPSILON) * benchmark);
      double above = payment(terms, inputs, base, side * (boundary + EPSILON) * benchmark);
      if (Double.isNaN(below) || Double.isNaN(above)) {
        continue;
      }
      double allowed = 2 * EPSILON * benchmark * 1.000001 + 1e-9 * benchmark;
      if (Math.abs(above - below) > allowed) {
        throw new AssertionError(String.format(Locale.ROOT, "the payment under '%s' jumps at the %s boundary %.6f of "
            + "the benchmark: %,.4f just inside, %,.4f just outside", terms.name(), side > 0 ? "savings" : "loss",
            boundary, below, above));
      }
    }
  }

  /** The payment when gross savings are the given amount; NaN if no valid expenditure gives it. */
  private static double payment(ContractTerms terms, PerformanceInputs inputs, ContractResult base, double gross) {
    double expenditure = base.settlementBenchmark() - gross + base.stopLossRemoved();
    double excess = inputs.expenditureAboveAttachmentPoint().orElse(0);
    if (expenditure < excess || expenditure < 0) {
      return Double.NaN;
    }
    return ResolvedContract.of(terms).settle(inputs.withExpenditure(expenditure)).payment();
  }

  /**
   * Checks that lowering spending never lowers the payment.
   *
   * @param terms the terms
   * @param inputs the inputs
   * @param lowerSpendingShare how much lower to spend, a fraction of the expenditure (0-1)
   * @throws AssertionError if spending less pays less
   */
  public static void nonDecreasingInSavings(ContractTerms terms, PerformanceInputs inputs, double lowerSpendingShare) {
    double lower = inputs.expenditure() * (1 - lowerSpendingShare);
    double excess = inputs.expenditureAboveAttachmentPoint().orElse(0);
    if (lower < excess) {
      return;
    }
    ContractResult before = ResolvedContract.of(terms).settle(inputs);
    ContractResult after = ResolvedContract.of(terms).settle(inputs.withExpenditure(lower));
    double slack = 1e-9 * Math.max(1, before.settlementBenchmark());
    if (after.payment() < before.payment() - slack) {
      throw new AssertionError(String.format(Locale.ROOT, "spending %,.2f instead of %,.2f pays less under '%s' "
          + "(%,.2f instead of %,.2f); the steps that differ:%n%s", lower, inputs.expenditure(), terms.name(),
          after.payment(), before.payment(), SettlementAssert.explainDifference(after, before)));
    }
  }

  /**
   * Checks that the savings payment and the losses owed stay within their caps.
   *
   * @param terms the terms
   * @param inputs the inputs
   * @throws AssertionError if a cap is exceeded
   */
  public static void capsNeverExceeded(ContractTerms terms, PerformanceInputs inputs) {
    SettlementAssert.assertSettlement(terms, inputs).respectsCaps();
  }

  /**
   * Checks that writing the terms as JSON and reading them back gives equal terms.
   *
   * @param terms the terms
   * @throws AssertionError if the terms read back differ
   */
  public static void jsonRoundTripIsExact(ContractTerms terms) {
    String json = ContractJson.write(terms);
    ContractTerms back = ContractJson.read(json);
    if (!back.equals(terms)) {
      throw new AssertionError("JSON round trip changed the terms:\n" + terms + "\nread back as\n" + back + "\nfrom\n"
          + json);
    }
  }
}
