/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
/**
 * The composite quality-score engine: measure results, benchmarks, points functions as
 * strategies, and measure scores that explain themselves.
 * <p>
 * Entry point: a {@link org.acokit.quality.PointsFunction} such as
 * {@link org.acokit.quality.MipsAchievementPoints#forPerformanceYear(int)} scores a
 * {@link org.acokit.quality.MeasureResult} against a {@link org.acokit.quality.DecileBenchmark},
 * both keyed by measure id and {@link org.acokit.quality.CollectionType};
 * program aggregations live in sub-packages ({@link org.acokit.quality.app} for the APM
 * Performance Pathway).
 */
package org.acokit.quality;
