/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
/**
 * Assigned-population vocabulary: the four Medicare enrollment types and vectors over them.
 * <p>
 * Entry point: {@link org.acokit.population.EnrollmentVector}.
 */
package org.acokit.population;
