/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
/**
 * Readers of FHIR R4 JSON (QI-Core / US Core): Bundles and Bulk FHIR NDJSON into columnar patient
 * data, with row-level failures for bad resources.
 * <p>
 * Entry point: {@link org.acokit.measures.fhir.FhirReader#read(java.util.List)} or
 * {@link org.acokit.measures.fhir.FhirReader#readFolder(java.nio.file.Path)}.
 */
package org.acokit.measures.fhir;
