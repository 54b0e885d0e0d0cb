/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
/**
 * CMS's Medicare Shared Savings Program public use files (PUF): a reader for every year's file,
 * the typed quality-measure columns, and the reconciliations of the library against every
 * published ACO-year, financial and quality.
 * <p>
 * Entry points: {@link org.acokit.puf.PufReader} (records), {@link org.acokit.puf.PufQualityColumns}
 * (a record's measure values), {@link org.acokit.puf.PufReconciliation} (earned savings/losses)
 * and {@link org.acokit.puf.QualityReconciliation} (APP quality scores, with the benchmarks of a
 * {@link org.acokit.puf.QualityBenchmarks}). {@link org.acokit.puf.PufCells} parses single cells.
 * The reader's parts are package-private: {@code PufColumns} (column names), {@code PufRateScales},
 * {@code PufTracks}, {@code PufPayForReporting} and {@code Puf2013Layout}.
 * <p>
 * Failures: a bad row never stops a file or a reconciliation. The reader reports one row-level
 * {@link org.acokit.io.Failure} per bad cell (code, column, value); the reconciliations carry
 * those and add their own, classified by {@link org.acokit.io.FailureCode}: a financial
 * {@link org.acokit.puf.ReconciledAcoYear#failure()} names the input a
 * {@link org.acokit.puf.ReconciliationStatus#MISSING_INPUT} row lacks; the quality
 * reconciliation reports malformed measure cells and years without a standard score in
 * {@link org.acokit.puf.QualityReconciliationReport#readFailures()}. The statuses
 * ({@link org.acokit.puf.ReconciliationStatus}, {@link org.acokit.puf.QualityReconciliationStatus})
 * are outcomes of a comparison, not failures.
 */
package org.acokit.puf;
