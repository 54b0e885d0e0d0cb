/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.risk;

/** The spending model's draw of one trial: mutable scratch, one per worker. */
final class TrialState {
  /** Person-years of the trial's population. */
  double personYears;
  /** Per-capita benchmark before perturbations, dollars. */
  double benchmarkPerCapita;
  /** The trial's benchmark after perturbations, total dollars. */
  double benchmark;
  /** Per-capita expenditure, dollars. */
  double expenditurePerCapita;
  /** Whether the draw was censored at 0. */
  boolean censored;
  /** Whether the cap on risk score growth lowered a risk ratio of the draw (bootstrap only). */
  boolean riskRatioCapped;
}
