/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
/**
 * ACO REACH (CMS Innovation Center, performance years 2023-2026) as contract terms.
 * <p>
 * Entry point: {@link org.acokit.program.reach.ReachYear#terms()}; the health equity benchmark
 * adjustment in dollars is
 * {@code ReachYear.healthEquityBenchmarkAdjustment(double, double)}.
 */
package org.acokit.program.reach;
