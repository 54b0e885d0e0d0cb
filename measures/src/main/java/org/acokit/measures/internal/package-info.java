/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
/**
 * Code that is not API: the measures module's strict JSON and recovering CSV readers
 * ({@link org.acokit.measures.internal.JsonDocuments}, {@link org.acokit.measures.internal.CsvRows})
 * and its statistics helpers ({@link org.acokit.measures.internal.Stats}), shared by the
 * packages that read files and compute intervals. Public only so that the module's packages can
 * share them; callers outside acokit must not use them.
 */
package org.acokit.measures.internal;
