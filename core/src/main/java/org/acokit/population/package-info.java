/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
/**
 * The assigned population: the four Medicare enrollment types, vectors over them, and the
 * columnar aggregation of beneficiary-year rows into person-years, truncated per capita
 * expenditures, risk scores and proportions.
 * <p>
 * Entry points: {@link org.acokit.population.EnrollmentVector},
 * {@link org.acokit.population.PopulationAggregation} and
 * {@link org.acokit.population.SyntheticPopulation}.
 */
package org.acokit.population;
