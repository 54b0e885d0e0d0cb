/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
/**
 * CMS's hospital programs from published inputs: the Hospital Readmissions Reduction Program
 * ({@link org.acokit.measures.hospital.HrrpPayment}: excess readmission ratios, peer groups,
 * peer-group medians, neutrality modifier, payment adjustment factor), the HAC Reduction Program
 * ({@link org.acokit.measures.hospital.HacReductionProgram}: Winsorized z-scores, Total HAC Score,
 * worst-quartile reduction and what would have avoided it) and the AHRQ PSI 90 composite
 * ({@link org.acokit.measures.hospital.Psi90Composite}, version parameters
 * {@link org.acokit.measures.hospital.Psi90Version}); each result explains itself per condition or
 * measure. {@link org.acokit.measures.hospital.HrrpReconciliation} and
 * {@link org.acokit.measures.hospital.HacrpReconciliation} reproduce CMS's published files.
 * <p>
 * Entry points: {@link org.acokit.measures.hospital.HrrpPayment#stratified} and
 * {@link org.acokit.measures.hospital.HacReductionProgram#of}.
 */
package org.acokit.measures.hospital;
