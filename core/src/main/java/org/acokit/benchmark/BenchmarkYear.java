/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.benchmark;

/**
 * The three benchmark years before an agreement period: BY1 (earliest) to BY3 (most recent)
 * (42 CFR 425.601(a), 425.652(a)).
 */
public enum BenchmarkYear {
  /** The first benchmark year. */
  BY1,
  /** The second benchmark year. */
  BY2,
  /** The third, most recent benchmark year; trend and risk ratios are taken to it. */
  BY3
}
