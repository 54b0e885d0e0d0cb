/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
/**
 * eCQM test decks: run registered measure definitions over a deck of test patients with expected
 * MeasureReports, and report the rows {@code measure,test_case,population,count}, the matches and
 * every mismatch with its reason.
 * <p>
 * Entry point: {@link org.acokit.measures.ecqm.TestDeck#read(java.nio.file.Path)}, then
 * {@link org.acokit.measures.ecqm.TestDeck#run(org.acokit.measures.definition.PatientMeasures)}.
 * <p>
 * The built-in eCQMs, written natively from their CQL and registered as
 * {@link org.acokit.measures.definition.PatientMeasure} services (found by
 * {@link org.acokit.measures.definition.PatientMeasures#load()}):
 * {@link org.acokit.measures.ecqm.Cms122DiabetesGlycemicStatus} (CMS122, MIPS 001),
 * {@link org.acokit.measures.ecqm.Cms165ControllingHighBloodPressure} (CMS165, MIPS 236),
 * {@link org.acokit.measures.ecqm.Cms2DepressionScreening} (CMS2, MIPS 134),
 * {@link org.acokit.measures.ecqm.BreastCancerScreening} (CMS125, MIPS 112),
 * {@link org.acokit.measures.ecqm.ColorectalCancerScreening} (CMS130, MIPS 113) and
 * {@link org.acokit.measures.ecqm.StatinTherapy} (CMS347, MIPS 438).
 */
package org.acokit.measures.ecqm;
