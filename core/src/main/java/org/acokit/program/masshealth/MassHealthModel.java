/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.program.masshealth;

/**
 * The three MassHealth ACO models ("MassHealth Accountable Care Organization (ACO) Models:
 * Questions and Answers", EOHHS, 30 September 2016, docsbay.net copy).
 */
public enum MassHealthModel {
  /**
   * Accountable Care Partnership Plan (ACPP, "Model A"): a provider-led health plan with exactly
   * one MCO partner, financially accountable for cost and quality (mass.gov, Accountable Care
   * Partnership Plan); capitated, with the total cost of care reconciled as here.
   */
  ACCOUNTABLE_CARE_PARTNERSHIP_PLAN,
  /**
   * Primary Care ACO (PCACO, "Model B"): contracts directly with MassHealth and is accountable
   * for the total cost of care of its members against a benchmark, with shared savings and
   * losses.
   */
  PRIMARY_CARE_ACO,
  /** MCO-Administered ACO ("Model C"): a risk contract with one or more MCOs. */
  MCO_ADMINISTERED_ACO
}
