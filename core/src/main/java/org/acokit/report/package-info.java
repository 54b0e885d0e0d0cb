/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
/**
 * CMS's financial reconciliation reports: the tables an ACO receives each year, read so that they
 * can be checked against the library.
 * <p>
 * Entry points: {@link org.acokit.report.SettlementReportReader#read(java.nio.file.Path)} for the
 * report's per-sheet CSV export and
 * {@link org.acokit.report.SettlementReportReader#readWorkbook(java.nio.file.Path)} for the
 * workbook itself (with Apache POI, an optional dependency); both give the same report.
 */
package org.acokit.report;
