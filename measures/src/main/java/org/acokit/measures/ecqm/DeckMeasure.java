/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.ecqm;

import java.nio.file.Path;
import java.util.List;

/**
 * One measure of a test deck: its folder, its FHIR Measure's canonical URL, the population codes
 * of each group in Measure order, and its test cases.
 *
 * @param folder the measure folder name (for output rows only)
 * @param url the Measure.url
 * @param groups per group, the FHIR population codes in Measure order
 * @param testCases the test case folders, sorted by name
 */
public record DeckMeasure(String folder, String url, List<List<String>> groups, List<Path> testCases) {
}
