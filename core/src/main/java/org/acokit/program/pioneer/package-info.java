/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
/**
 * The Pioneer ACO Model (CMS Innovation Center, performance years 2012-2016) as contract terms.
 * <p>
 * Entry point: {@link org.acokit.program.pioneer.PioneerYear}, whose
 * {@link org.acokit.program.pioneer.PioneerYear#terms()} gives the
 * {@link org.acokit.contract.ContractTerms} of one performance year and arrangement; the
 * benchmark trend blend is {@code PioneerYear.blendedTrend(double, double)}.
 */
package org.acokit.program.pioneer;
