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
 */
package org.acokit.puf;
