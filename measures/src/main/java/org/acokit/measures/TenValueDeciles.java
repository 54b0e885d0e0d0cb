/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures;

/**
 * How to read a {@code deciles} array of ten values where the benchmark schema asks for nine.
 * <p>
 * CMS's PY2021 benchmarks of 479 and MCC1 carry ten values. CMS's published PY2021 scores follow
 * from the last nine ({@link #DROP_FIRST}: 479's decile 10 starts at 0.0927), while the PY2021
 * scores CMS used as the prior year of PY2022 improvement scoring follow from the first nine
 * ({@link #DROP_LAST}: decile 10 starts at 0.1343) (found by reproducing the public use files;
 * see the project's quality-score reproduction notes).
 */
public enum TenValueDeciles {
  /** Refuse ten-value arrays. */
  REJECT,
  /** Read the last nine values as the bounds of deciles 2-10. */
  DROP_FIRST,
  /** Read the first nine values as the bounds of deciles 2-10. */
  DROP_LAST
}
