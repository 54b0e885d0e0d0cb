/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
/**
 * Quality measure definitions and benchmarks as data: the measure catalog that the composite
 * quality-score engine of {@code acokit-core} reads.
 * <p>
 * The catalog is not built yet; the module exists so that the artifact and its module name
 * ({@code org.acokit.measures}) are fixed from the first release.
 */
package org.acokit.measures;
