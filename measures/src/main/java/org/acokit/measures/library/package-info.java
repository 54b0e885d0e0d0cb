/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
/**
 * The shared CQL libraries the eCQMs include, implemented natively and faithfully to their CQL
 * text: {@link org.acokit.measures.library.Status}, {@link org.acokit.measures.library.QiCoreCommon},
 * {@link org.acokit.measures.library.CumulativeMedicationDuration},
 * {@link org.acokit.measures.library.AdultOutpatientEncounters},
 * {@link org.acokit.measures.library.Hospice}, {@link org.acokit.measures.library.PalliativeCare},
 * {@link org.acokit.measures.library.AdvancedIllnessAndFrailty} and
 * {@link org.acokit.measures.library.SupplementalData}.
 * <p>
 * Entry point: each class's {@code bind(MeasureContext)}, called once when a measure binds
 * ({@code PatientMeasure.groups}); the bound instance's methods evaluate one patient.
 */
package org.acokit.measures.library;
