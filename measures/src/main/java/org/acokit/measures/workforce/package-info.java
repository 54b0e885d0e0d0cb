/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
/**
 * Workforce equity: representation, hiring, terminations, applicant pools, talent flows and
 * engagement of a health system's workforce, measured in (two-year) intervals, with the
 * adverse-impact statistics of selection decisions and the link from unit workforce measures to
 * unit care rates.
 * <p>
 * Entry points: {@link org.acokit.measures.workforce.HrCsv} or
 * {@link org.acokit.measures.workforce.HrData#of} for the data, then
 * {@link org.acokit.measures.workforce.WorkforceAnalysis#of} with a
 * {@link org.acokit.measures.workforce.WorkforceConfig} and
 * {@link org.acokit.measures.workforce.WorkforceAnalysis#analyze} for one
 * {@link org.acokit.measures.workforce.IntervalReport} per interval.
 * {@link org.acokit.measures.workforce.AdverseImpact#analyze(java.util.List)} analyses any selection
 * counts on their own ({@link org.acokit.measures.workforce.SelectionCsv} reads and writes them);
 * {@link org.acokit.measures.workforce.WorkforceCare} correlates unit workforce measures with unit
 * quality or safety rates; {@link org.acokit.measures.workforce.SyntheticWorkforce} generates a
 * seeded workforce with planted flows.
 * <p>
 * It lives in the measures module beside the other measure families (patient-level measures,
 * equity), because the architecture puts workforce flows on the same keyed, mergeable count
 * accumulator as patient measures and equity strata, and because its care link consumes their
 * unit-level results; it needs nothing from core beyond {@code org.acokit.io} failures.
 */
package org.acokit.measures.workforce;
