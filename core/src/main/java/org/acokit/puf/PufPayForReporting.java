/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.puf;

import java.util.Optional;

/**
 * The quality score and pay-for-reporting rules of the public use files.
 * <p>
 * {@code QualScore} {@code P4R}, or blank in 2013-2015 (ACOs in their first, pay-for-reporting
 * year), means pay for reporting with no score, unless the published final sharing rate is 0:
 * then the ACO did not report and the record has no pay for reporting and a quality score of 0
 * (three ACOs in 2014, one in 2015). 2013's {@code QualScore} is a reporting flag read the same
 * way: 1 is pay for reporting, 0 (11 ACOs) a quality score of 0.
 */
final class PufPayForReporting {

  private PufPayForReporting() {
  }

  /** Sets the quality score and pay for reporting of a row read by header. */
  static void quality(PufColumns.Found c, PufRateScales scales, PufFile.Row row, int year, PufRowCells p,
      PufRecord.Builder b) {
    b.payForReporting(false);
    Optional<PufFile.Column> qualityScore = c.get(PufColumns.QUALITY_SCORE);
    if (qualityScore.isEmpty()) {
      return;
    }
    String raw = row.cell(qualityScore.get().index).trim();
    if ("P4R".equalsIgnoreCase(raw) || (PufCells.isMissing(raw) && year <= 2015)) {
      // A pay-for-reporting ACO with a published final sharing rate of 0 did not report: no sharing.
      reportingFlag(!isZero(row, c.get(PufColumns.FINAL_SHARING_RATE)), b);
    } else if (year == 2013) {
      // 2013 was a pay-for-reporting year: the column is a 0/1 reporting flag.
      p.flag(qualityScore).ifPresent(reported -> reportingFlag(reported, b));
    } else {
      b.qualityScore(p.rate(qualityScore, scales.percent(qualityScore, year)));
    }
  }

  /**
   * A reporting flag (2013's, or a pay-for-reporting row's): reported means pay for reporting;
   * not reported means no sharing, read as a quality score of 0.
   */
  static void reportingFlag(boolean reported, PufRecord.Builder b) {
    if (reported) {
      b.payForReporting(true);
    } else {
      b.payForReporting(false).qualityScore(0.0);
    }
  }

  private static boolean isZero(PufFile.Row row, Optional<PufFile.Column> column) {
    if (column.isEmpty() || PufCells.isMissing(row.cell(column.get().index))) {
      return false;
    }
    try {
      return PufCells.rate(row.cell(column.get().index), false) == 0.0;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
