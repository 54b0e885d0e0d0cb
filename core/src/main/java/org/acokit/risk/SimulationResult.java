/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.risk;

import java.util.Arrays;
import java.util.Locale;

import org.acokit.explain.Formats;
import org.acokit.explain.TextTable;
import org.acokit.internal.Checks;

/**
 * The distribution of a simulated settlement ({@link SettlementSimulation#run(int, long)}): every
 * trial's net payment (positive paid to the ACO, negative owed by it), gross savings rate and
 * outcome, and the statistics a finance team asks for.
 * <p>
 * Statistics, over n trials x_1..x_n of the payment:
 * <ul>
 *   <li>probabilities: the share of trials with gross savings &gt; 0
 *       ({@link #probabilitySavings()}), savings at least the MSR
 *       ({@link #probabilitySavingsAtLeastMsr()}), a savings payment
 *       ({@link #probabilityEarnedSavings()}), shared losses owed
 *       ({@link #probabilitySharedLosses()}), a binding savings or loss cap; each with Monte Carlo
 *       standard error sqrt(p (1 - p) / n);</li>
 *   <li>expected payment: the mean, with standard error s / sqrt(n);</li>
 *   <li>quantiles: linear interpolation between order statistics at h = (n - 1) p (Hyndman and
 *       Fan's type 7, as R and NumPy by default);</li>
 *   <li>losses L = max(-payment, 0): value-at-risk VaR_a = the a-quantile of L; expected shortfall
 *       ES_a = the mean of the ceil((1 - a) n) largest L (Acerbi and Tasche 2002);</li>
 *   <li>certainty equivalent under CARA (exponential) utility u(x) = -exp(-x / R) with risk
 *       tolerance R dollars (absolute risk aversion 1/R): CE = -R ln(mean(exp(-x_i / R))),
 *       computed with the log-sum-exp shift. CARA because payments can be negative (a utility on
 *       wealth would need the ACO's wealth, which nobody knows) and its certainty equivalent does
 *       not depend on the wealth the payment is added to; R is the largest stake at which the ACO would still take a
 *       50/50 gamble of +R or -R/2 (Howard 1988, "Decision analysis: practice and promise",
 *       Management Science 34(6), puts R of a company near 16% of its equity).</li>
 * </ul>
 * {@link #summary()} is the table, {@link #histogram(int)} the text histogram, {@link #print()}
 * prints both. Immutable and thread-safe.
 */
public final class SimulationResult {

  static final int GROSS_SAVINGS = 1;
  static final int AT_LEAST_MSR = 2;
  static final int EARNED = 4;
  static final int SHARED_LOSSES = 8;
  static final int SAVINGS_CAP = 16;
  static final int LOSS_CAP = 32;
  static final int CENSORED = 64;
  static final int RISK_RATIO_CAP = 128;

  private final String description;
  private final long seed;
  private final double[] payments;
  private final double[] savingsRates;
  private final double[] personYears;
  private final byte[] flags;
  private final int[] counts = new int[8];
  private final double mean;
  private final double standardDeviation;
  private final double meanPersonYears;
  private volatile double[] sorted;

  SimulationResult(String description, long seed, double[] payments, double[] savingsRates, double[] personYears,
      byte[] flags) {
    this.description = description;
    this.seed = seed;
    this.payments = payments;
    this.savingsRates = savingsRates;
    this.personYears = personYears;
    this.flags = flags;
    int n = payments.length;
    double sum = 0;
    double years = 0;
    for (int i = 0; i < n; i++) {
      sum += payments[i];
      years += personYears[i];
      for (int b = 0; b < 8; b++) {
        if ((flags[i] & (1 << b)) != 0) {
          counts[b]++;
        }
      }
    }
    this.mean = sum / n;
    this.meanPersonYears = years / n;
    double squares = 0;
    for (int i = 0; i < n; i++) {
      double d = payments[i] - mean;
      squares += d * d;
    }
    this.standardDeviation = Math.sqrt(squares / (n - 1));
  }

  private double share(int flag) {
    return counts[Integer.numberOfTrailingZeros(flag)] / (double) payments.length;
  }

  /**
   * What was simulated.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * The seed.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * The number of trials.
   *
   * @return n
   */
  public int trials() {
    return payments.length;
  }

  /**
   * The net payment of every trial, in trial order (a copy), dollars.
   *
   * @return the payments
   */
  public double[] payments() {
    return payments.clone();
  }

  /**
   * The gross savings rate of every trial (gross savings / settlement benchmark), in trial order (a
   * copy).
   *
   * @return the rates, fractions
   */
  public double[] savingsRates() {
    return savingsRates.clone();
  }

  /**
   * The mean person-years of the trials (constant for a parametric model).
   *
   * @return person-years
   */
  public double meanPersonYears() {
    return meanPersonYears;
  }

  /**
   * P(gross savings &gt; 0): spending below the settlement benchmark.
   *
   * @return the probability
   */
  public double probabilitySavings() {
    return share(GROSS_SAVINGS);
  }

  /**
   * P(gross savings at least the MSR): the outcome SAVINGS before the quality gate.
   *
   * @return the probability
   */
  public double probabilitySavingsAtLeastMsr() {
    return share(AT_LEAST_MSR);
  }

  /**
   * P(a shared savings payment &gt; 0): savings at least the MSR (or shared below it) and the
   * quality gate met.
   *
   * @return the probability
   */
  public double probabilityEarnedSavings() {
    return share(EARNED);
  }

  /**
   * P(shared losses owed &gt; 0).
   *
   * @return the probability
   */
  public double probabilitySharedLosses() {
    return share(SHARED_LOSSES);
  }

  /**
   * P(the savings cap (performance payment limit) binds).
   *
   * @return the probability
   */
  public double probabilitySavingsCapBinds() {
    return share(SAVINGS_CAP);
  }

  /**
   * P(the loss cap (loss sharing limit) binds).
   *
   * @return the probability
   */
  public double probabilityLossCapBinds() {
    return share(LOSS_CAP);
  }

  /**
   * P(the cap on risk score growth lowers a risk ratio of the benchmark): the bootstrap with
   * {@link BootstrapSpending#withRiskRatioCap}; 0 otherwise.
   *
   * @return the probability
   */
  public double probabilityRiskRatioCapBinds() {
    return share(RISK_RATIO_CAP);
  }

  /**
   * The number of trials whose normal per-capita spending fell below 0 and was settled at 0.
   *
   * @return the count
   */
  public int censoredTrials() {
    return counts[Integer.numberOfTrailingZeros(CENSORED)];
  }

  /**
   * The Monte Carlo standard error of a probability estimated from these trials.
   *
   * @param probability the estimate
   * @return sqrt(p (1 - p) / n)
   * @throws IllegalArgumentException if the probability is outside [0, 1]
   */
  public double standardError(double probability) {
    if (!(probability >= 0 && probability <= 1)) {
      throw new IllegalArgumentException("probability must be between 0 and 1 inclusive, but was " + probability);
    }
    return Math.sqrt(probability * (1 - probability) / payments.length);
  }

  /**
   * The expected net payment, dollars.
   *
   * @return the mean payment
   */
  public double expectedPayment() {
    return mean;
  }

  /**
   * The Monte Carlo standard error of {@link #expectedPayment()}, dollars.
   *
   * @return s / sqrt(n)
   */
  public double expectedPaymentStandardError() {
    return standardDeviation / Math.sqrt(payments.length);
  }

  /**
   * The standard deviation of the payment, dollars.
   *
   * @return the sample standard deviation
   */
  public double paymentStandardDeviation() {
    return standardDeviation;
  }

  private double[] sorted() {
    double[] s = sorted;
    if (s == null) {
      s = payments.clone();
      Arrays.sort(s);
      sorted = s;
    }
    return s;
  }

  /**
   * A quantile of the payment (type 7).
   *
   * @param probability the level, 0-1
   * @return dollars
   * @throws IllegalArgumentException if the level is outside [0, 1]
   */
  public double quantile(double probability) {
    if (!(probability >= 0 && probability <= 1)) {
      throw new IllegalArgumentException("quantile probability must be between 0 and 1 inclusive, but was "
          + probability);
    }
    double[] s = sorted();
    double h = (s.length - 1) * probability;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, s.length - 1);
    return s[lo] + (h - lo) * (s[hi] - s[lo]);
  }

  /**
   * The value-at-risk of losses L = max(-payment, 0) at a confidence level: the level-quantile of L.
   *
   * @param level the confidence level, such as 0.95, greater than 0 and less than 1
   * @return dollars owed, 0 or more
   * @throws IllegalArgumentException if the level is not strictly between 0 and 1
   */
  public double valueAtRisk(double level) {
    checkLevel(level);
    return Math.max(0, -quantile(1 - level));
  }

  /**
   * The expected shortfall of losses L = max(-payment, 0): the mean of the ceil((1 - level) n)
   * largest losses.
   *
   * @param level the confidence level, such as 0.95, greater than 0 and less than 1
   * @return dollars owed, 0 or more
   * @throws IllegalArgumentException if the level is not strictly between 0 and 1
   */
  public double expectedShortfall(double level) {
    checkLevel(level);
    double[] s = sorted();
    int k = (int) Math.ceil((1 - level) * s.length);
    double sum = 0;
    for (int i = 0; i < k; i++) {
      sum += Math.max(0, -s[i]);
    }
    return sum / k;
  }

  private static void checkLevel(double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("confidence level must be a probability greater than 0 and less than 1, "
          + "such as 0.95, but was " + level);
    }
  }

  /**
   * The certainty equivalent of the payment under CARA utility u(x) = -exp(-x / R).
   *
   * @param riskTolerance R, dollars, greater than 0
   * @return dollars: the sure payment the ACO values as much as the gamble
   * @throws IllegalArgumentException if the risk tolerance is not greater than 0
   */
  public double certaintyEquivalent(double riskTolerance) {
    Checks.positive("riskTolerance", riskTolerance);
    double shift = Double.NEGATIVE_INFINITY;
    for (double x : payments) {
      shift = Math.max(shift, -x / riskTolerance);
    }
    double sum = 0;
    for (double x : payments) {
      sum += Math.exp(-x / riskTolerance - shift);
    }
    return -riskTolerance * (shift + Math.log(sum / payments.length));
  }

  /**
   * The expected CARA utility -exp(-x / R) of the payment; ranks like the certainty equivalent.
   *
   * @param riskTolerance R, dollars, greater than 0
   * @return the expected utility, negative
   * @throws IllegalArgumentException if the risk tolerance is not greater than 0
   */
  public double expectedUtility(double riskTolerance) {
    return -Math.exp(-certaintyEquivalent(riskTolerance) / riskTolerance);
  }

  /**
   * The summary table: probabilities with standard errors, expected payment, quantiles, VaR and ES
   * at 95% and 99%, cap probabilities.
   *
   * @return the table, one statistic per line
   */
  public String summary() {
    StringBuilder b = new StringBuilder();
    b.append(description).append('\n');
    b.append(String.format(Locale.ROOT, "%,d trials, seed %d%n", payments.length, seed));
    line(b, "P(gross savings > 0)", probabilitySavings());
    line(b, "P(savings >= MSR)", probabilitySavingsAtLeastMsr());
    line(b, "P(shared savings earned)", probabilityEarnedSavings());
    line(b, "P(shared losses owed)", probabilitySharedLosses());
    line(b, "P(savings cap binds)", probabilitySavingsCapBinds());
    line(b, "P(loss cap binds)", probabilityLossCapBinds());
    b.append(String.format(Locale.ROOT, "%-28s %,16.0f  (+- %,.0f)%n", "Expected payment $", mean,
        expectedPaymentStandardError()));
    b.append(String.format(Locale.ROOT, "%-28s %,16.0f%n", "Std deviation of payment $", standardDeviation));
    for (double p : new double[] {0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99}) {
      b.append(String.format(Locale.ROOT, "%-28s %,16.0f%n", String.format(Locale.ROOT, "Payment %d%% quantile $",
          Math.round(p * 100)), quantile(p)));
    }
    for (double a : new double[] {0.95, 0.99}) {
      b.append(String.format(Locale.ROOT, "%-28s %,16.0f%n", String.format(Locale.ROOT, "VaR %d%% of losses $",
          Math.round(a * 100)), valueAtRisk(a)));
      b.append(String.format(Locale.ROOT, "%-28s %,16.0f%n", String.format(Locale.ROOT, "ES %d%% of losses $",
          Math.round(a * 100)), expectedShortfall(a)));
    }
    if (probabilityRiskRatioCapBinds() > 0) {
      line(b, "P(risk ratio cap binds)", probabilityRiskRatioCapBinds());
    }
    if (censoredTrials() > 0) {
      b.append(String.format(Locale.ROOT, "%-28s %,16d%n", "Censored at 0 (normal)", censoredTrials()));
    }
    return b.toString();
  }

  private void line(StringBuilder b, String label, double p) {
    b.append(String.format(Locale.ROOT, "%-28s %16.4f  (+- %.4f)%n", label, p, standardError(p)));
  }

  /**
   * A text histogram of the payment: equal-width bins from the smallest to the largest payment, a
   * bar of '#' per bin scaled to 50 characters, the count and the share.
   *
   * @param bins the number of bins, 1-200
   * @return the histogram, one bin per line
   * @throws IllegalArgumentException if bins is outside 1-200
   */
  public String histogram(int bins) {
    if (bins < 1 || bins > 200) {
      throw new IllegalArgumentException("bins must be between 1 and 200, but was " + bins);
    }
    double[] s = sorted();
    double lo = s[0];
    double hi = s[s.length - 1];
    double width = hi > lo ? (hi - lo) / bins : 1;
    int[] count = new int[bins];
    for (double x : s) {
      int i = hi > lo ? (int) ((x - lo) / width) : 0;
      count[Math.min(bins - 1, i)]++;
    }
    int max = Arrays.stream(count).max().getAsInt();
    StringBuilder b = new StringBuilder("Payment distribution ($, " + s.length + " trials)\n");
    for (int i = 0; i < bins; i++) {
      int bar = (int) Math.round(50.0 * count[i] / max);
      b.append(String.format(Locale.ROOT, "%,15.0f .. %,15.0f | %-50s %,9d %6.2f%%%n", lo + i * width,
          lo + (i + 1) * width, "#".repeat(bar), count[i], 100.0 * count[i] / s.length));
    }
    return b.toString();
  }

  /**
   * Prints the summary table and a 20-bin histogram to standard output (for JShell).
   *
   * @return this result
   */
  public SimulationResult print() {
    System.out.print(summary());
    System.out.print(histogram(20));
    return this;
  }

  /**
   * The main figures as a table (the full table: {@link #summary()}; with a histogram:
   * {@link #print()}).
   *
   * @return the table
   */
  @Override
  public String toString() {
    return TextTable.of(description + ", " + String.format(Locale.ROOT, "%,d trials, seed %d", payments.length, seed),
        "Statistic", "Value")
        .row("P(shared savings earned)", Formats.percent(probabilityEarnedSavings(), 2))
        .row("P(shared losses owed)", Formats.percent(probabilitySharedLosses(), 2))
        .row("Expected payment ($)", Formats.dollars(mean))
        .row("Payment 5% quantile ($)", Formats.dollars(quantile(0.05)))
        .row("Payment median ($)", Formats.dollars(quantile(0.5)))
        .row("Payment 95% quantile ($)", Formats.dollars(quantile(0.95)))
        .row("ES 95% of losses ($)", Formats.dollars(expectedShortfall(0.95)))
        .render() + "all statistics: summary(); with a histogram: print()";
  }
}
