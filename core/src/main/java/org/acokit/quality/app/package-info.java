/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
/**
 * The Shared Savings Program quality score under the APM Performance Pathway (PY2021 on).
 * <p>
 * Entry point: {@link org.acokit.quality.app.AppQualityScoring#score(AppQualityInput,
 * org.acokit.quality.BenchmarkSet)}, whose {@link org.acokit.quality.app.AppQualityScore} explains
 * itself and turns into the settlement's {@link org.acokit.quality.QualityOutcome}.
 */
package org.acokit.quality.app;
