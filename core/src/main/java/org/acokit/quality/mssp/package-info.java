/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
/**
 * The Shared Savings Program quality score of PY2012-2020: step points by benchmark band, four
 * equally weighted domains, the quality improvement reward, the minimum attainment gate and the
 * disaster rule (42 CFR 425.502).
 * <p>
 * Entry point: {@link org.acokit.quality.mssp.MsspQualityScoring#score(MsspQualityInput,
 * org.acokit.quality.BenchmarkSet, org.acokit.quality.mssp.MsspStepPoints)}.
 */
package org.acokit.quality.mssp;
