/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.program;

/**
 * The shared-savings programs whose rules acokit presets, each in its own subpackage, each year a
 * {@link ProgramYear} whose terms the one settlement engine settles.
 */
public enum Program {
  /** The Medicare Shared Savings Program (42 CFR part 425), {@code org.acokit.program.mssp}. */
  MSSP("Medicare Shared Savings Program"),
  /** The Pioneer ACO Model (CMS Innovation Center, 2012-2016), {@code org.acokit.program.pioneer}. */
  PIONEER("Pioneer ACO Model"),
  /** The Next Generation ACO Model (2016-2021), {@code org.acokit.program.nextgen}. */
  NEXT_GENERATION("Next Generation ACO Model"),
  /** ACO REACH (2023-2026), {@code org.acokit.program.reach}. */
  REACH("ACO REACH"),
  /** MassHealth (Massachusetts Medicaid) ACOs (2018 on), {@code org.acokit.program.masshealth}. */
  MASSHEALTH("MassHealth ACO");

  private final String label;

  Program(String label) {
    this.label = label;
  }

  /**
   * The program's name.
   *
   * @return the name, such as {@code "ACO REACH"}
   */
  public String label() {
    return label;
  }
}
