/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.hospital;

/**
 * The ten component indicators of the AHRQ Patient Safety and Adverse Events Composite (PSI 90).
 */
public enum Psi90Component {
  /** PSI 03 Pressure ulcer rate. */
  PSI_03,
  /** PSI 06 Iatrogenic pneumothorax rate. */
  PSI_06,
  /** PSI 08 In-hospital fall-associated fracture rate. */
  PSI_08,
  /** PSI 09 Postoperative hemorrhage or hematoma rate. */
  PSI_09,
  /** PSI 10 Postoperative acute kidney injury requiring dialysis rate. */
  PSI_10,
  /** PSI 11 Postoperative respiratory failure rate. */
  PSI_11,
  /** PSI 12 Perioperative pulmonary embolism or deep vein thrombosis rate. */
  PSI_12,
  /** PSI 13 Postoperative sepsis rate. */
  PSI_13,
  /** PSI 14 Postoperative wound dehiscence rate. */
  PSI_14,
  /** PSI 15 Abdominopelvic accidental puncture or laceration rate. */
  PSI_15
}
