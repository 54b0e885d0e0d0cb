/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.hospital;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

import com.google.common.collect.ImmutableList;
import org.acokit.explain.ValueKind;
import org.acokit.explain.TextTable;
import org.acokit.explain.Formats;
import org.acokit.io.Failure;
import org.acokit.io.CsvRows;
import org.acokit.io.FailureCode;
import org.acokit.io.ValueWithFailures;

/**
 * Scores every hospital of CMS's HACRP Care Compare file again and compares the Total HAC Score
 * and payment reduction with the published ones.
 * <p>
 * The Total HAC Score is recomputed as the mean of the published Winsorized z-scores (including
 * the maximum z CMS gives non-submitters, footnotes 18 and 11). CMS averages unrounded z-scores
 * and publishes 4-decimal ones, so about 89% of FY2024 scores match to 4 decimals and all must lie
 * within 0.0001. The payment reduction is decided with the threshold given (see
 * {@link HacReductionProgram}); the report also shows what the file's own 75th percentile would
 * decide, and how far z-scores recomputed from the published SIRs and PSI 90 values over the file's
 * own population are from CMS's (CMS's population is 1-2 hospitals larger per measure, so this is
 * approximate only). Pure functions; thread-safe.
 */
public final class HacrpReconciliation {

  /** The tolerance of a match, Total HAC Score points. */
  public static final double TOLERANCE = 0.0001;

  private HacrpReconciliation() {
  }

  /** One hospital of the published file. */
  public static final class PublishedHospital {
    final int row;
    final HacHospital hospital;
    final OptionalDouble totalHacScore;
    final String paymentReduction;

    PublishedHospital(int row, HacHospital hospital, OptionalDouble total, String paymentReduction) {
      this.row = row;
      this.hospital = hospital;
      this.totalHacScore = total;
      this.paymentReduction = paymentReduction;
    }

    /**
     * The hospital's inputs (published z-scores and results).
     *
     * @return the inputs
     */
    public HacHospital hospital() {
      return hospital;
    }

    /**
     * The published Total HAC Score.
     *
     * @return the score, empty when CMS gives none (footnote 5)
     */
    public OptionalDouble totalHacScore() {
      return totalHacScore;
    }

    /**
     * The published payment reduction: {@code Yes}, {@code No} or {@code N/A}.
     *
     * @return the text
     */
    public String paymentReduction() {
      return paymentReduction;
    }
  }

  /**
   * Reads CMS's HACRP hospital file (Care Compare layout, {@code N/A} for missing values).
   *
   * @param file the CSV file
   * @return one entry per hospital row, and a row-level failure for every unreadable cell
   * @throws org.acokit.io.FailureException if the file is missing, has no header or lacks a needed
   *     column; rows that cannot be read (an unclosed quote, a byte that is not UTF-8) are
   *     row-level failures
   */
  public static ValueWithFailures<PublishedHospital> read(Path file) {
    CsvTable t = CsvTable.read(file);
    int id = t.column("Facility ID");
    int state = t.column("State");
    int total = t.column("Total HAC Score");
    int reduction = t.column("Payment Reduction");
    Map<HacMeasure, int[]> cols = new EnumMap<>(HacMeasure.class);
    for (HacMeasure m : HacMeasure.values()) {
      cols.put(m, new int[] {t.column(m.resultColumn()), t.column(m.zColumn())});
    }
    ImmutableList.Builder<PublishedHospital> ok = ImmutableList.builder();
    ImmutableList.Builder<Failure> failed = ImmutableList.<Failure>builder().addAll(t.failures);
    int rowNo = 0;
    for (CsvRows.Row r : t.rows) {
      rowNo = r.number();
      String facility = CsvTable.cell(r, id);
      List<Failure> rowFailures = new ArrayList<>();
      List<HacMeasureInput> inputs = new ArrayList<>();
      for (HacMeasure m : HacMeasure.values()) {
        OptionalDouble result = number(t, rowNo, facility, r, cols.get(m)[0], rowFailures);
        OptionalDouble z = number(t, rowNo, facility, r, cols.get(m)[1], rowFailures);
        if (z.isPresent()) {
          if (result.isPresent() && result.getAsDouble() < 0) {
            rowFailures.add(Failure.ofRow(FailureCode.INVALID_VALUE, t.fileName, rowNo, m.resultColumn(),
                Double.toString(result.getAsDouble()), "hospital " + facility + " " + m.resultColumn()
                    + " must be 0 or more, but was " + result.getAsDouble()));
            continue;
          }
          try {
            inputs.add(HacMeasureInput.ofZScore(m, z.getAsDouble(), result));
          } catch (IllegalArgumentException e) {
            rowFailures.add(Failure.ofRow(FailureCode.INVALID_VALUE, t.fileName, rowNo, m.zColumn(),
                Double.toString(z.getAsDouble()), "hospital " + facility + " " + e.getMessage()));
          }
        }
      }
      OptionalDouble published = number(t, rowNo, facility, r, total, rowFailures);
      if (!rowFailures.isEmpty()) {
        failed.addAll(rowFailures);
        continue;
      }
      HacHospital hospital;
      try {
        hospital = HacHospital.of(facility, CsvTable.cell(r, state), inputs);
      } catch (IllegalArgumentException e) {
        failed.add(Failure.ofRow(FailureCode.INVALID_VALUE, t.fileName, rowNo, "Facility ID", facility,
            "hospital " + facility + ": " + e.getMessage()));
        continue;
      }
      ok.add(new PublishedHospital(rowNo, hospital, published, CsvTable.cell(r, reduction)));
    }
    return ValueWithFailures.<PublishedHospital>builder().values(ok.build()).failures(failed.build()).build();
  }

  private static OptionalDouble number(CsvTable t, int row, String facility, CsvRows.Row r, int col,
      List<Failure> failures) {
    String s = CsvTable.cell(r, col);
    if (s.isEmpty() || s.equals("N/A")) {
      return OptionalDouble.empty();
    }
    try {
      double v = Double.parseDouble(s);
      if (!Double.isFinite(v)) {
        failures.add(Failure.ofRow(FailureCode.NOT_FINITE, t.fileName, row, t.header.get(col), s,
            "hospital " + facility + " " + t.header.get(col) + " must be a finite number, but was " + s));
        return OptionalDouble.empty();
      }
      return OptionalDouble.of(v);
    } catch (NumberFormatException e) {
      failures.add(Failure.ofRow(FailureCode.UNPARSEABLE, t.fileName, row, t.header.get(col), s,
          "hospital " + facility + " " + t.header.get(col) + " must be a number or N/A, but was '" + s + "'"));
      return OptionalDouble.empty();
    }
  }

  /** One scored hospital compared with CMS. */
  public static final class Row implements ComparisonReport.Compared {
    final HacResult result;
    final double published;
    final String publishedReduction;

    Row(HacResult result, double published, String publishedReduction) {
      this.result = result;
      this.published = published;
      this.publishedReduction = publishedReduction;
    }

    /**
     * The recomputed score.
     *
     * @return the result
     */
    public HacResult result() {
      return result;
    }

    /**
     * The published Total HAC Score.
     *
     * @return the score
     */
    public double publishedTotalHacScore() {
      return published;
    }

    /**
     * Whether the recomputed score rounds to the published one.
     *
     * @return true if exact to 4 decimals
     */
    @Override
    public boolean exact() {
      return Rounding.exact4(result.totalHacScore(), published);
    }

    /**
     * Whether the recomputed (unrounded) score is within 0.0001 of the published one.
     *
     * @return true if within
     */
    @Override
    public boolean within() {
      return Rounding.within(result.totalHacScore(), published, TOLERANCE);
    }

    /**
     * Whether the payment reduction agrees with CMS's (a waived Maryland hospital agrees with
     * {@code N/A}).
     *
     * @return true if it agrees
     */
    public boolean reductionMatches() {
      HacPaymentReduction r = result.paymentReduction();
      return r == HacPaymentReduction.WAIVED ? publishedReduction.equals("N/A") : r.yesNo().equals(publishedReduction);
    }
  }

  /** The comparison of a whole file. */
  public static final class Report extends ComparisonReport<Row> {
    final HacReductionProgram program;
    final int unscored;

    Report(HacReductionProgram program, ImmutableList<Row> rows, ImmutableList<Failure> failures, int unscored,
        List<String> notes) {
      super(rows, failures, notes);
      this.program = program;
      this.unscored = unscored;
    }

    /**
     * The program year the hospitals were scored under (its fiscal year and Total HAC Score
     * threshold).
     *
     * @return the program
     */
    public HacReductionProgram program() {
      return program;
    }

    /**
     * Hospitals whose payment reduction agrees with CMS's.
     *
     * @return the count
     */
    public long reductionMatches() {
      return rows.stream().filter(Row::reductionMatches).count();
    }

    /**
     * The largest absolute difference of the unrounded score from the published one.
     *
     * @return the difference
     */
    public double maxDifference() {
      return rows.stream().mapToDouble(r -> Math.abs(r.result.totalHacScore() - r.published)).max().orElse(0);
    }

    /**
     * Writes {@code facility_id,total_hac_score,payment_reduction} (score to 4 decimals, Yes/No).
     *
     * @param csv the file
     * @throws UncheckedIOException if it cannot be written
     */
    public void writeCsv(Path csv) {
      writeCsv(csv, "facility_id,total_hac_score,payment_reduction", r -> r.result.facilityId() + ","
          + String.format(Locale.ROOT, "%.4f", r.result.totalHacScoreRounded()) + ","
          + r.result.paymentReduction().yesNo());
    }

    /**
     * The summary: hospitals, exact, within 0.0001, payment reductions, and every other difference
     * with its cause.
     *
     * @return the text
     */
    public String summary() {
      StringBuilder s = new StringBuilder();
      s.append(String.format(Locale.ROOT, "HACRP FY%d: %d hospitals with a published Total HAC Score (%d without)%n",
          program.fiscalYear(), rows.size(), unscored));
      s.append(String.format(Locale.ROOT, "  Total HAC Score exact to 4 decimals: %d; within 0.0001: %d (max |diff| %.7f)%n",
          exact(), within(), maxDifference()));
      s.append(String.format(Locale.ROOT, "  cause of the %d not exact: CMS averages unrounded z-scores, the file "
          + "publishes them to 4 decimals%n", rows.size() - exact()));
      s.append(String.format(Locale.ROOT, "  payment reduction agrees with CMS: %d of %d (threshold: score > %.4f;"
          + " %d Maryland hospitals waived, published N/A)%n", reductionMatches(), rows.size(), program.threshold(),
          rows.stream().filter(r -> r.result.paymentReduction() == HacPaymentReduction.WAIVED).count()));
      for (Row r : rows) {
        if (!r.within()) {
          s.append(String.format(Locale.ROOT, "  DIFF %s: score %.6f vs published %.4f%n", r.result.facilityId(),
              r.result.totalHacScore(), r.published));
        }
        if (!r.reductionMatches()) {
          s.append(String.format(Locale.ROOT, "  DIFF %s: reduction %s vs published %s (score %.4f)%n",
              r.result.facilityId(), r.result.paymentReduction(), r.publishedReduction, r.published));
        }
      }
      appendNotesAndFailures(s);
      return s.toString();
    }

    /**
     * The reconciliation in short as a text table (for JShell and logs): hospitals, exact and
     * within 0.0001, the largest difference and the payment reductions that agree; every
     * difference with its cause: {@link #summary()}.
     *
     * @return the table
     */
    @Override
    public String toString() {
      return TextTable.of("HACRP FY" + program.fiscalYear() + " reconciliation", "Figure", "Value")
          .row("Hospitals with a published Total HAC Score", count(rows().size()))
          .row("Hospitals without one", count(unscored))
          .row("Total HAC Score exact to 4 decimals", count(exact()))
          .row("Total HAC Score within 0.0001", count(within()))
          .row("Largest difference", Formats.value(ValueKind.RATE, maxDifference()))
          .row("Payment reduction agrees with CMS", count(reductionMatches()))
          .row("Rows that could not be checked", count(failures().size()))
          .render() + "every difference with its cause: summary()\n";
    }
  }

  /**
   * Reconciles a published file.
   *
   * @param file CMS's HACRP hospital file
   * @param fiscalYear its fiscal year
   * @param threshold the Total HAC Score above which the reduction applies
   * @return the report
   */
  public static Report reconcile(Path file, int fiscalYear, double threshold) {
    ValueWithFailures<PublishedHospital> read = read(file);
    Map<HacMeasure, HacMeasureDistribution> fromFile = new EnumMap<>(HacMeasure.class);
    for (HacMeasure m : HacMeasure.values()) {
      double[] results = read.values().stream().map(p -> p.hospital.measures().get(m))
          .filter(i -> i != null && i.result().isPresent()).mapToDouble(i -> i.result().getAsDouble()).toArray();
      if (results.length >= 2) {
        fromFile.put(m, HacMeasureDistribution.fromResults(m, results, PercentileDefinition.SAS_5));
      }
    }
    HacReductionProgram program = HacReductionProgram.of(fiscalYear, threshold, fromFile);
    ImmutableList.Builder<Row> rows = ImmutableList.builder();
    ImmutableList.Builder<Failure> failures = ImmutableList.<Failure>builder().addAll(read.failures());
    int unscored = 0;
    for (PublishedHospital p : read.values()) {
      if (p.totalHacScore.isEmpty()) {
        unscored++;
        continue;
      }
      try {
        rows.add(new Row(program.score(p.hospital), p.totalHacScore.getAsDouble(), p.paymentReduction));
      } catch (IllegalArgumentException e) {
        failures.add(Failure.ofRow(FailureCode.MISSING_INPUT, file.getFileName().toString(), p.row, "W Z Score",
            null, e.getMessage()));
      }
    }
    ImmutableList<Row> built = rows.build();
    List<String> notes = new ArrayList<>();
    double[] totals = built.stream().mapToDouble(r -> r.published).toArray();
    for (PercentileDefinition d : PercentileDefinition.values()) {
      double p75 = HacReductionProgram.percentile75(totals, d);
      List<String> wrong = new ArrayList<>();
      for (Row r : built) {
        if (r.result.paymentReduction() == HacPaymentReduction.WAIVED) {
          continue;
        }
        String flag = r.published > p75 ? "Yes" : "No";
        if (!flag.equals(r.publishedReduction)) {
          wrong.add(r.result.facilityId());
        }
      }
      notes.add(String.format(Locale.ROOT, "the file's own 75th percentile (%s) %.5f would flag %d hospitals "
          + "differently from CMS %s: CMS takes the percentile over its own population of scored hospitals, "
          + "which the file does not reproduce", d, p75, wrong.size(), wrong));
    }
    for (HacMeasure m : HacMeasure.values()) {
      HacMeasureDistribution d = fromFile.get(m);
      if (d == null) {
        continue;
      }
      double max = 0;
      for (PublishedHospital p : read.values()) {
        HacMeasureInput in = p.hospital.measures().get(m);
        if (in != null && in.result().isPresent() && in.zScore().isPresent()) {
          max = Math.max(max, Math.abs(d.z(in.result().getAsDouble()) - in.zScore().getAsDouble()));
        }
      }
      notes.add(String.format(Locale.ROOT, "%s z from the file's own %d results (SAS P5 %.4f, P95 %.4f, mean %.5f,"
          + " sd %.5f): max |dz| %.4f from CMS's, approximate only (CMS's population is not the file's)",
          m.label(), d.hospitals(), d.p5(), d.p95(), d.mean(), d.sd(), max));
    }
    return new Report(program, built, failures.build(), unscored, notes);
  }

  static String count(long n) {
    return Formats.value(ValueKind.COUNT, n);
  }
}
