/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
/**
 * Seeded synthetic patients for tests, examples and benchmarks: realistic prevalence of the
 * conditions of the APM Performance Pathway's six eCQMs, planted care gaps and exclusions, and a
 * race, ethnicity and language mix, written straight into columnar
 * {@link org.acokit.measures.patient.PatientData}.
 * <p>
 * Entry point: {@link org.acokit.measures.synthetic.SyntheticPatients}; what it planted for one
 * patient is {@link org.acokit.measures.synthetic.SyntheticPatient}.
 */
package org.acokit.measures.synthetic;
