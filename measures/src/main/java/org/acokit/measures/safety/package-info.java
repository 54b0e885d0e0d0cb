/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
/**
 * Hospital safety from discharge data (Partnership for Patients): HACs per 1,000 discharges in
 * total and by category of a versioned {@link org.acokit.measures.safety.HarmTaxonomy}, 30-day
 * all-cause readmissions per index discharge and per 1,000 people, reduction against a baseline,
 * goal attainment and events averted, every rate tagged with its
 * {@link org.acokit.measures.safety.SafetyMethod}. Strata (race, ethnicity, language, payer, and the
 * equity issue's stratifiers through {@link org.acokit.measures.safety.StayStratifier}) are keys of
 * the mergeable {@link org.acokit.measures.safety.SafetyCounts}.
 * <p>
 * Entry point: {@link org.acokit.measures.safety.SafetyEngine#count}.
 */
package org.acokit.measures.safety;
