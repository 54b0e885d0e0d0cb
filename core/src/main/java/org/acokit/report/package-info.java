/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
/**
 * CMS's financial reconciliation reports: the tables an ACO receives each year, read so that they
 * can be checked against the library.
 * <p>
 * Entry point: {@link org.acokit.report.SettlementReportReader#read(java.nio.file.Path)}.
 */
package org.acokit.report;
