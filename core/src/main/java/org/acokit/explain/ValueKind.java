/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.explain;

/**
 * What an explained number measures; decides how renderers print it.
 */
public enum ValueKind {
  /** A whole count, such as assigned beneficiaries. */
  COUNT,
  /** Person-years (eligible months divided by 12). */
  PERSON_YEARS,
  /** US dollars. */
  DOLLARS,
  /** A rate as a fraction (0.05 = 5%). */
  RATE,
  /** Quality points or a score in percent (0-100), printed to four decimals. */
  POINTS,
  /** A text value such as "Savings" or "Yes". */
  TEXT
}
