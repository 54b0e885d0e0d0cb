/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.hospital;

/**
 * The six measures of the HAC Reduction Program (FY2020 on, equal weights): the CMS PSI 90
 * composite (claims) and five CDC NHSN healthcare-associated infection measures, each a
 * standardized infection ratio (SIR: observed over predicted infections). Higher is worse for all.
 */
public enum HacMeasure {
  /** CMS Patient Safety and Adverse Events Composite (PSI 90), a ratio around 1. */
  PSI_90("PSI 90", "PSI 90 Composite Value"),
  /** Central line-associated bloodstream infection SIR. */
  CLABSI("CLABSI", "CLABSI SIR"),
  /** Catheter-associated urinary tract infection SIR. */
  CAUTI("CAUTI", "CAUTI SIR"),
  /** Surgical site infection (colon and abdominal hysterectomy) SIR. */
  SSI("SSI", "SSI SIR"),
  /** Clostridioides difficile infection SIR. */
  CDI("CDI", "CDI SIR"),
  /** Methicillin-resistant Staphylococcus aureus bacteremia SIR. */
  MRSA("MRSA", "MRSA SIR");

  private final String label;
  private final String resultColumn;

  HacMeasure(String label, String resultColumn) {
    this.label = label;
    this.resultColumn = resultColumn;
  }

  /**
   * The name CMS prints, such as {@code PSI 90} or {@code CLABSI}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * The column of the measure result in CMS's Care Compare file.
   *
   * @return the column name
   */
  public String resultColumn() {
    return resultColumn;
  }

  /**
   * The column of the Winsorized z-score in CMS's Care Compare file.
   *
   * @return the column name, such as {@code CLABSI W Z Score}
   */
  public String zColumn() {
    return label + " W Z Score";
  }
}
