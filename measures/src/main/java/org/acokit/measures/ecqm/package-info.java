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
 */
package org.acokit.measures.ecqm;
