/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
/**
 * Evaluation: binds measure definitions to a dataset once, counts populations on all cores into
 * mergeable {@link org.acokit.measures.evaluation.PopulationCounts} (which give the quality
 * engine's {@code MeasureResult}), and explains one patient on request.
 * <p>
 * Entry point: {@link org.acokit.measures.evaluation.MeasureEvaluator#bind}, then
 * {@link org.acokit.measures.evaluation.MeasureEvaluator#evaluate()} or
 * {@link org.acokit.measures.evaluation.MeasureEvaluator#explain(int)}.
 */
package org.acokit.measures.evaluation;
