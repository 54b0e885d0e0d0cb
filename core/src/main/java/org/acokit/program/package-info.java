/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
/**
 * Program rules: Medicare Shared Savings Program tracks, the minimum savings rate scale, MSR/MLR
 * elections and parameters by performance year.
 * <p>
 * Entry points: {@link org.acokit.program.Track}, {@link org.acokit.program.MinimumSavingsRate},
 * {@link org.acokit.program.MsspProgramYear}. The other programs, as contract terms per
 * performance year, are in the subpackages {@code pioneer}, {@code nextgen}, {@code reach} and
 * {@code masshealth}; the MSSP in the same vocabulary is
 * {@link org.acokit.settlement.MsspContracts}.
 */
package org.acokit.program;
