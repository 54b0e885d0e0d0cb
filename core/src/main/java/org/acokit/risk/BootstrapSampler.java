/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.risk;

import java.util.SplittableRandom;

import org.acokit.population.BeneficiaryYearColumns;
import org.acokit.population.EnrollmentType;
import org.acokit.population.EnrollmentVector;
import org.acokit.population.PopulationAccumulator;
import org.acokit.population.PopulationSummary;

/**
 * One worker's bootstrap: scratch columns refilled per trial with the resampled rows, then
 * aggregated by the library's {@link PopulationAccumulator}. Not thread-safe: one per worker.
 */
final class BootstrapSampler implements Sampler {

  private static final EnrollmentType[] TYPES = EnrollmentType.values();

  private final BootstrapSpending model;
  private final byte[][] months;
  private final double[][] spend;
  private final double[] risk;
  private final BeneficiaryYearColumns scratch;
  private final byte[][] sourceMonths = new byte[4][];
  private final double[][] sourceSpend = new double[4][];
  private final double[] sourceRisk;
  private final double[] ratios = new double[4];

  BootstrapSampler(BootstrapSpending model) {
    this.model = model;
    BeneficiaryYearColumns source = model.columns();
    int n = source.size();
    months = new byte[4][n];
    spend = new double[4][n];
    risk = new double[n];
    scratch = BeneficiaryYearColumns.of(months, spend, risk, null);
    sourceRisk = new double[n];
    for (int t = 0; t < 4; t++) {
      sourceMonths[t] = new byte[n];
      sourceSpend[t] = new double[n];
    }
    for (int i = 0; i < n; i++) {
      for (int t = 0; t < 4; t++) {
        sourceMonths[t][i] = (byte) source.months(TYPES[t], i);
        sourceSpend[t][i] = source.expenditure(TYPES[t], i);
      }
      sourceRisk[i] = source.riskScore(i);
    }
  }

  @Override
  public void draw(SplittableRandom random, TrialState state) {
    int k = 0;
    for (int[] stratum : model.strata()) {
      int size = stratum.length;
      for (int j = 0; j < size; j++) {
        int row = stratum[random.nextInt(size)];
        months[0][k] = sourceMonths[0][row];
        months[1][k] = sourceMonths[1][row];
        months[2][k] = sourceMonths[2][row];
        months[3][k] = sourceMonths[3][row];
        spend[0][k] = sourceSpend[0][row];
        spend[1][k] = sourceSpend[1][row];
        spend[2][k] = sourceSpend[2][row];
        spend[3][k] = sourceSpend[3][row];
        risk[k] = sourceRisk[row];
        k++;
      }
    }
    PopulationSummary summary = new PopulationAccumulator(model.thresholds())
        .add(scratch, 0, k, "bootstrap", failure -> {
          throw new IllegalStateException("a resampled row failed validation: " + failure.message());
        }).toSummary(model.completionFactor());
    EnrollmentVector p = summary.proportions();
    for (EnrollmentType t : TYPES) {
      double ratio = 1;
      if (model.renormalization() != null && p.get(t) > 0) {
        ratio = summary.riskScores().get(t) / model.renormalization().nationalMeans().get(t)
            / model.referenceRiskScores().get(t);
      }
      ratios[t.ordinal()] = ratio;
    }
    boolean capped = false;
    if (model.riskRatioCap() != null) {
      EnrollmentVector after = model.riskRatioCap().apply(EnrollmentVector.of(ratios[0], ratios[1], ratios[2],
          ratios[3]));
      for (EnrollmentType t : TYPES) {
        double c = after.get(t);
        if (c < ratios[t.ordinal()]) {
          capped = true;
          ratios[t.ordinal()] = c;
        }
      }
    }
    double benchmark = 0;
    for (EnrollmentType t : TYPES) {
      benchmark += model.benchmarkByType().get(t) * ratios[t.ordinal()] * p.get(t);
    }
    state.riskRatioCapped = capped;
    state.personYears = summary.totalPersonYears();
    state.benchmarkPerCapita = benchmark;
    state.expenditurePerCapita = summary.perCapitaExpenditure();
    state.censored = false;
  }
}
