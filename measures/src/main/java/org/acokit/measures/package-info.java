/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
/**
 * Quality measure definitions and benchmarks as data: the measure catalog that the composite
 * quality-score engine of {@code acokit-core} ({@code org.acokit.quality}) reads.
 * <p>
 * Entry point: {@link org.acokit.measures.MeasureCatalogs#load()}, then
 * {@code year(CatalogProgram.APP, 2023)} ({@link org.acokit.measures.CatalogProgram}) for a
 * {@link org.acokit.measures.CatalogYear} (measure set and benchmarks).
 * {@link org.acokit.measures.CatalogQualityBenchmarks} supplies the catalog to core's
 * {@link org.acokit.puf.QualityReconciliation}. {@link org.acokit.measures.QppMeasuresData} reads CMS's qpp-measures-data files;
 * {@link org.acokit.measures.CatalogImporter} produced the built-in resources from them. Third-party
 * catalogs implement {@link org.acokit.measures.MeasureCatalog} as a {@link java.util.ServiceLoader}
 * service.
 */
package org.acokit.measures;
