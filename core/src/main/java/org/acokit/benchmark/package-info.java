/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
/**
 * The MSSP benchmark: trend and update factors, the historical benchmark, the regional
 * adjustment and the updated benchmark, each in the rows of CMS's financial reconciliation report.
 * <p>
 * Entry points: {@link org.acokit.benchmark.BlendedTrend},
 * {@link org.acokit.benchmark.HistoricalBenchmark}, {@link org.acokit.benchmark.RegionalAdjustment}
 * and {@link org.acokit.benchmark.UpdatedBenchmark}; the updated benchmark's per capita amount is
 * the settlement's {@code perCapitaBenchmark}.
 */
package org.acokit.benchmark;
