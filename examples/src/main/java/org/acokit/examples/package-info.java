/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
/**
 * Runnable examples of acokit; each is run by a test.
 * <p>
 * Start with {@link org.acokit.examples.A1540Settlement}, the README's first command. Contract
 * terms and program presets: {@link org.acokit.examples.PioneerYearSettlement},
 * {@link org.acokit.examples.MassHealthSettlement}, {@link org.acokit.examples.ReachGlobalCorridors}
 * and {@link org.acokit.examples.BespokeContract}. Reconciliations against CMS's published data,
 * each a driver of a library API: {@link org.acokit.examples.PufReconciliationExample},
 * {@link org.acokit.examples.QualityScoreReconciliationExample} and
 * {@link org.acokit.examples.SettlementReportReplayExample}.
 */
package org.acokit.examples;
