/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.program;

import org.acokit.contract.ContractTerms;

/**
 * One performance year of a program, with the choices that shape its terms (track, arrangement,
 * option, elections), as the contract terms the one settlement engine settles:
 * {@code ResolvedContract.of(year.terms())}. Implemented by every preset
 * ({@code MsspYear}, {@code PioneerYear}, {@code NextGenYear}, {@code ReachYear},
 * {@code MassHealthYear}), so generic tooling (test kits, simulations) handles every program
 * alike. Implementations are immutable and thread-safe.
 */
public interface ProgramYear {

  /**
   * The program.
   *
   * @return the program
   */
  Program program();

  /**
   * The performance year.
   *
   * @return the year
   */
  int performanceYear();

  /**
   * The contract terms of this program year; they never depend on the year's outcome.
   *
   * @return the terms
   */
  ContractTerms terms();
}
