/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
/**
 * Code that is not API: the measures module's statistics helpers
 * ({@link org.acokit.measures.internal.Stats}), shared by the packages that compute intervals.
 * Files are read with core's {@code org.acokit.io} readers ({@code CsvRows}, {@code AcoJson}).
 * Public only so that the module's packages can share them; callers outside acokit must not use
 * them.
 */
package org.acokit.measures.internal;
