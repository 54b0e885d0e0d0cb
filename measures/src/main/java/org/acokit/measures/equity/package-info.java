/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
/**
 * Equity stratification and health-inequality statistics.
 * <p>
 * Entry points:
 * <ul>
 * <li>{@link org.acokit.measures.equity.EquityDimension}: race, ethnicity (OMB categories with
 * "Asked but no answer" and "Unknown" explicit), the data source of each value, preferred
 * language, sex, age band, dual/LIS status, disability, ADI decile or any coded attribute, and
 * their intersections; pass their stratifiers to
 * {@code MeasureEvaluator.bind(data, valueSets, period, measures, stratifiers)}: strata are keys
 * of the same mergeable counts, filled in one pass.
 * <li>{@link org.acokit.measures.equity.StratifiedRates}: a measure by a stratifier (from acokit's
 * counts or counts a user supplies), Wilson intervals, CMS cell-size suppression with
 * complementary suppression ({@link org.acokit.measures.equity.CellSuppression}), pairwise
 * {@link org.acokit.measures.equity.Disparity disparities} against a
 * {@link org.acokit.measures.equity.Reference reference} with AHRQ's meaningful-disparity rule.
 * <li>{@link org.acokit.measures.equity.SummaryMeasures}: the WHO HEAT summary measures (d, r,
 * aci, rci, sii, rii, bgv, bgsd, covar, mdmu, mdmw, mdbu, mdbw, mdru, mdrw, idisu, idisw, ti, mld,
 * parisk, paf) of an {@link org.acokit.measures.equity.InequalityData}; files in healthequal's
 * shape through {@link org.acokit.measures.equity.InequalityCsv}.
 * <li>{@link org.acokit.measures.equity.EquityReport}: all of the above for measures by
 * stratifiers, as CSV tables.
 * <li>{@link org.acokit.measures.equity.EquityAdjustment}: CMS's equity adjustments (MSSP HEA,
 * Hospital VBP HEA, MA Health Equity Index) as one pattern.
 * </ul>
 */
package org.acokit.measures.equity;
