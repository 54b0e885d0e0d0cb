/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
/**
 * Settlement risk: Monte Carlo simulation of a performance year's settlement under the real,
 * year-specific rules, what-if grids, the comparison of MSR/MLR elections and tracks, and a
 * back-test on every ACO's published outcome.
 * <p>
 * Entry point: {@link org.acokit.risk.SettlementSimulation} (a spending model,
 * {@link org.acokit.risk.ParametricSpending} or {@link org.acokit.risk.BootstrapSpending}, with
 * optional {@link org.acokit.risk.Perturbations}, settled trial by trial through one
 * {@link org.acokit.contract.ResolvedContract}) giving a {@link org.acokit.risk.SimulationResult}.
 * {@link org.acokit.risk.SensitivityGrid} runs a grid of scenarios and compares choices;
 * {@link org.acokit.risk.SharedSavingsBacktest} forecasts P(earned shared savings) for every
 * ACO-year of the public use files from its earlier years and scores the forecasts.
 * The package sits above {@code contract}, {@code program}, {@code population}, {@code benchmark}
 * and {@code puf} and below nothing.
 */
package org.acokit.risk;
