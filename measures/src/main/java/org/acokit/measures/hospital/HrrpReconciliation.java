/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.hospital;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import org.acokit.explain.ValueKind;
import org.acokit.explain.TextTable;
import org.acokit.explain.Formats;
import org.acokit.io.Failure;
import org.acokit.io.FailureException;
import org.acokit.io.AcoJson;
import org.acokit.io.CsvRows;
import org.acokit.io.FailureCode;
import org.acokit.io.ValueWithFailures;

/**
 * Computes every hospital's HRRP payment adjustment factor from the components of CMS's
 * supplemental data file (ERRs, eligible discharges, DRG payment ratios, peer groups) and the
 * program-wide values (neutrality modifier, peer-group medians), and compares it with the published
 * factor, which is never used to compute it. Also checks the FY ERRs of the Care Compare file
 * against predicted / expected rates ({@link #reconcileErrs(Path)}).
 * <p>
 * With CMS's 4-decimal inputs the FY2027 factors are reproduced exactly for 2,835 of 2,912
 * hospitals and within 0.0001 for all. A factor that is not exact is attributed to the rounding of
 * the published inputs when the published factor lies inside the range the inputs' rounding allows
 * (each ERR, ratio, median and the modifier moved by half a unit in its last decimal). Pure
 * functions; thread-safe.
 */
public final class HrrpReconciliation {

  /** The tolerance of a match of a factor. */
  public static final double TOLERANCE = 0.0001;

  private HrrpReconciliation() {
  }

  /** One hospital of the supplemental file: inputs and what CMS published. */
  public static final class PublishedHospital {
    final int row;
    final HrrpHospital hospital;
    final double publishedFactor;
    final Map<HrrpCondition, Boolean> publishedPenalty;
    final OptionalDouble basePayments;

    PublishedHospital(int row, HrrpHospital hospital, double publishedFactor, Map<HrrpCondition, Boolean> penalty,
        OptionalDouble basePayments) {
      this.row = row;
      this.hospital = hospital;
      this.publishedFactor = publishedFactor;
      this.publishedPenalty = penalty;
      this.basePayments = basePayments;
    }

    /**
     * The inputs.
     *
     * @return the hospital
     */
    public HrrpHospital hospital() {
      return hospital;
    }

    /**
     * The published factor (for comparison only).
     *
     * @return the factor
     */
    public double publishedFactor() {
      return publishedFactor;
    }
  }

  /** The program-wide values of the supplemental file. */
  public static final class ProgramValues {
    final int fiscalYear;
    final double neutralityModifier;
    final PeerGroupMedians medians;
    final OptionalDouble neutralityModifierMorePrecise;
    final PeerGroupMedians mediansMorePrecise;

    ProgramValues(int fiscalYear, double nm, PeerGroupMedians medians, OptionalDouble nm6, PeerGroupMedians m6) {
      this.fiscalYear = fiscalYear;
      this.neutralityModifier = nm;
      this.medians = medians;
      this.neutralityModifierMorePrecise = nm6;
      this.mediansMorePrecise = m6;
    }

    /**
     * The published (4-decimal) neutrality modifier.
     *
     * @return the modifier
     */
    public double neutralityModifier() {
      return neutralityModifier;
    }

    /**
     * The published (4-decimal) peer-group medians.
     *
     * @return the medians
     */
    public PeerGroupMedians medians() {
      return medians;
    }
  }

  /**
   * Reads the program-wide values (the acokit JSON extract of the supplemental file: keys
   * {@code fiscal_year}, {@code neutrality_modifier_4dp}, {@code peer_group_medians_4dp}, and
   * optionally {@code neutrality_modifier_6dp}, {@code peer_group_medians_6dp}).
   *
   * @param json the file
   * @return the values
   * @throws FailureException naming the file and the key if the file is not JSON (or is
   *     {@code null}, or repeats a key), or a key is missing or invalid (a fractional year, an
   *     unknown condition, a peer group outside 1-5, a median that is not a finite number)
   */
  public static ProgramValues readProgramValues(Path json) {
    JsonNode root = AcoJson.readTree(json, "HRRP program values");
    if (!root.isObject()) {
      throw programFailure(FailureCode.UNKNOWN_LAYOUT, "", root.getNodeType().toString(), json
          + " must hold a JSON object of HRRP program values, but holds " + root.getNodeType());
    }
    JsonNode fy = root.get("fiscal_year");
    if (fy == null || fy.isNull()) {
      throw programFailure(FailureCode.MISSING_VALUE, "fiscal_year", null, json + " needs fiscal_year (a whole-number"
          + " year such as 2027)");
    }
    if (!fy.isIntegralNumber() || !fy.canConvertToInt()) {
      throw programFailure(FailureCode.UNPARSEABLE, "fiscal_year", fy.toString(), json + ": fiscal_year must be a"
          + " whole-number year such as 2027, but was " + fy);
    }
    double nm = number(root, "neutrality_modifier_4dp", json);
    JsonNode nm6 = root.get("neutrality_modifier_6dp");
    return new ProgramValues(fy.asInt(), nm, medians(root, "peer_group_medians_4dp", json),
        nm6 == null || nm6.isNull() ? OptionalDouble.empty() : OptionalDouble.of(number(root, "neutrality_modifier_6dp",
            json)),
        root.has("peer_group_medians_6dp") ? medians(root, "peer_group_medians_6dp", json) : null);
  }

  private static FailureException programFailure(FailureCode code, String path, String value, String message) {
    return new FailureException(Failure.of(code, path, value, message));
  }

  /** A required finite number at a JSON path. */
  private static double number(JsonNode parent, String key, Object where) {
    JsonNode v = parent.get(key);
    if (v == null || v.isNull()) {
      throw programFailure(FailureCode.MISSING_VALUE, key, null, where + " needs " + key + " (a number)");
    }
    if (!v.isNumber()) {
      throw programFailure(FailureCode.UNPARSEABLE, key, v.toString(), where + ": " + key + " must be a number, but"
          + " was " + v);
    }
    if (!Double.isFinite(v.asDouble())) {
      throw programFailure(FailureCode.NOT_FINITE, key, v.toString(), where + ": " + key + " must be a finite number,"
          + " but was " + v);
    }
    return v.asDouble();
  }

  private static PeerGroupMedians medians(JsonNode root, String key, Path json) {
    JsonNode m = root.get(key);
    if (m == null || !m.isObject()) {
      throw programFailure(FailureCode.MISSING_VALUE, key, null, json + " needs " + key + ", an object of peer"
          + " groups 1-5, each an object of conditions " + java.util.Arrays.toString(HrrpCondition.values())
          + " and their medians");
    }
    Map<Integer, Map<HrrpCondition, Double>> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> g : m.properties()) {
      String at = key + "." + g.getKey();
      if (!g.getKey().matches("[1-9]")) {
        throw programFailure(FailureCode.INVALID_VALUE, at, g.getKey(), json + ": " + key + " has peer group '"
            + g.getKey() + "'; peer groups are 1 to 5");
      }
      if (!g.getValue().isObject()) {
        throw programFailure(FailureCode.INVALID_VALUE, at, g.getValue().toString(), json + ": " + at + " must be an"
            + " object of conditions and medians, but was " + g.getValue().getNodeType());
      }
      Map<HrrpCondition, Double> byCondition = new EnumMap<>(HrrpCondition.class);
      for (Map.Entry<String, JsonNode> c : g.getValue().properties()) {
        HrrpCondition condition;
        try {
          condition = HrrpCondition.valueOf(c.getKey());
        } catch (IllegalArgumentException e) {
          throw programFailure(FailureCode.INVALID_VALUE, at + "." + c.getKey(), c.getKey(), json + ": " + at
              + " has condition '" + c.getKey() + "', which must be one of "
              + java.util.Arrays.toString(HrrpCondition.values()));
        }
        byCondition.put(condition, number(g.getValue(), c.getKey(), json + " " + at));
      }
      out.put(Integer.parseInt(g.getKey()), byCondition);
    }
    try {
      return PeerGroupMedians.of(out);
    } catch (IllegalArgumentException e) {
      throw programFailure(FailureCode.INVALID_VALUE, key, null, json + ": " + key + ": " + e.getMessage());
    }
  }

  /**
   * Reads the supplemental file's hospital rows (columns {@code ccn}, {@code payment_adjustment_factor},
   * {@code dual_proportion}, {@code peer_group}, and per condition {@code <c>_discharges},
   * {@code <c>_err}, {@code <c>_penalty_indicator}, {@code <c>_drg_payment_ratio}; optionally
   * {@code base_operating_drg_payments}).
   *
   * @param file the CSV file
   * @return the hospitals and a row-level failure for every bad cell (the row is left out, the others kept)
   * @throws FailureException if the file is missing, has no header or lacks a column; rows that
   *     cannot be read (an unclosed quote, a byte that is not UTF-8) are row-level failures
   */
  public static ValueWithFailures<PublishedHospital> readHospitals(Path file) {
    CsvTable t = CsvTable.read(file);
    int ccn = t.column("ccn");
    int paf = t.column("payment_adjustment_factor");
    int dual = t.column("dual_proportion");
    int peer = t.column("peer_group");
    int payments = t.header.indexOf("base_operating_drg_payments");
    ImmutableList.Builder<PublishedHospital> ok = ImmutableList.builder();
    ImmutableList.Builder<Failure> failed = ImmutableList.<Failure>builder().addAll(t.failures);
    int rowNo = 0;
    for (CsvRows.Row r : t.rows) {
      rowNo = r.number();
      String id = CsvTable.cell(r, ccn);
      Cells cells = new Cells(t, rowNo, id, r);
      OptionalDouble factor = cells.number(paf);
      OptionalDouble dp = cells.number(dual);
      OptionalDouble pg = cells.whole(peer);
      List<HrrpConditionInput> conditions = new ArrayList<>();
      Map<HrrpCondition, Boolean> penalty = new EnumMap<>(HrrpCondition.class);
      for (HrrpCondition c : HrrpCondition.values()) {
        String p = c.columnPrefix();
        OptionalDouble err = cells.number(t.column(p + "_err"));
        OptionalDouble n = cells.whole(t.column(p + "_discharges"));
        OptionalDouble ratio = cells.number(t.column(p + "_drg_payment_ratio"));
        OptionalDouble pen = cells.number(t.column(p + "_penalty_indicator"));
        if (err.isEmpty()) {
          continue;
        }
        try {
          conditions.add(HrrpConditionInput.of(c, n.isPresent() ? (int) n.getAsDouble() : 0, err.getAsDouble(), ratio));
          penalty.put(c, pen.isPresent() && pen.getAsDouble() == 1);
        } catch (IllegalArgumentException e) {
          cells.fail(FailureCode.INVALID_VALUE, p + "_err", Double.toString(err.getAsDouble()),
              "hospital " + id + " " + e.getMessage());
        }
      }
      if (factor.isEmpty()) {
        cells.fail(FailureCode.MISSING_VALUE, "payment_adjustment_factor", null, "hospital " + id
            + " has no published payment_adjustment_factor to compare with");
      }
      HrrpHospital h = null;
      if (cells.failures.isEmpty()) {
        try {
          h = HrrpHospital.of(id, dp, pg.isPresent() ? OptionalInt.of((int) pg.getAsDouble()) : OptionalInt.empty(),
              conditions);
        } catch (IllegalArgumentException e) {
          cells.fail(FailureCode.INVALID_VALUE, e.getMessage().contains("peer group") ? "peer_group"
              : "dual_proportion", CsvTable.cell(r, e.getMessage().contains("peer group") ? peer : dual),
              e.getMessage());
        }
      }
      if (!cells.failures.isEmpty()) {
        failed.addAll(cells.failures);
        continue;
      }
      ok.add(new PublishedHospital(rowNo, h, factor.getAsDouble(), penalty,
          payments >= 0 ? cells.number(payments) : OptionalDouble.empty()));
    }
    return ValueWithFailures.<PublishedHospital>builder().values(ok.build()).failures(failed.build()).build();
  }

  /** Parses the cells of one row, collecting failures that name the hospital, column and value. */
  private static final class Cells {
    final CsvTable t;
    final int row;
    final String id;
    final CsvRows.Row r;
    final List<Failure> failures = new ArrayList<>();

    Cells(CsvTable t, int row, String id, CsvRows.Row r) {
      this.t = t;
      this.row = row;
      this.id = id;
      this.r = r;
    }

    OptionalDouble number(int col) {
      String s = CsvTable.cell(r, col);
      if (s.isEmpty() || s.equals("N/A") || s.equals(".")) {
        return OptionalDouble.empty();
      }
      try {
        double v = Double.parseDouble(s);
        if (!Double.isFinite(v)) {
          fail(FailureCode.NOT_FINITE, t.header.get(col), s, "hospital " + id + " " + t.header.get(col)
              + " must be a finite number, but was " + s);
          return OptionalDouble.empty();
        }
        return OptionalDouble.of(v);
      } catch (NumberFormatException e) {
        fail(FailureCode.UNPARSEABLE, t.header.get(col), s, "hospital " + id + " " + t.header.get(col)
            + " must be a number, but was '" + s + "'");
        return OptionalDouble.empty();
      }
    }

    /** A whole number that fits an int (a count, a peer group), empty when blank or failed. */
    OptionalDouble whole(int col) {
      OptionalDouble v = number(col);
      if (v.isPresent() && (v.getAsDouble() != Math.rint(v.getAsDouble()) || Math.abs(v.getAsDouble()) > Integer.MAX_VALUE)) {
        fail(FailureCode.INVALID_VALUE, t.header.get(col), CsvTable.cell(r, col), "hospital " + id + " "
            + t.header.get(col) + " must be a whole number, but was " + CsvTable.cell(r, col));
        return OptionalDouble.empty();
      }
      return v;
    }

    void fail(FailureCode code, String path, String value, String message) {
      failures.add(Failure.ofRow(code, t.fileName, row, path, value, message));
    }
  }

  /** One hospital compared with CMS. */
  public static final class Row implements ComparisonReport.Compared {
    final PublishedHospital published;
    final HrrpResult result;
    final double low;
    final double high;

    Row(PublishedHospital published, HrrpResult result, double low, double high) {
      this.published = published;
      this.result = result;
      this.low = low;
      this.high = high;
    }

    /**
     * The recomputed adjustment.
     *
     * @return the result
     */
    public HrrpResult result() {
      return result;
    }

    /**
     * Whether the recomputed factor equals the published one.
     *
     * @return true if exact to 4 decimals
     */
    @Override
    public boolean exact() {
      return Rounding.exact4(result.paymentAdjustmentFactor(), published.publishedFactor);
    }

    /**
     * Whether the recomputed factor is within 0.0001 of the published one.
     *
     * @return true if within
     */
    @Override
    public boolean within() {
      return Rounding.within(result.paymentAdjustmentFactor(), published.publishedFactor, TOLERANCE);
    }

    /**
     * Whether the published factor lies inside the range the rounding of the published inputs
     * allows.
     *
     * @return true if inside
     */
    public boolean withinInputPrecision() {
      return published.publishedFactor >= low - 5e-9 && published.publishedFactor <= high + 5e-9;
    }
  }

  /** The comparison of a whole file. */
  public static final class Report extends ComparisonReport<Row> {
    final ProgramValues values;
    final long exactMorePrecise;

    Report(ProgramValues values, ImmutableList<Row> rows, ImmutableList<Failure> failures, List<String> notes,
        long exactMorePrecise) {
      super(rows, failures, notes);
      this.values = values;
      this.exactMorePrecise = exactMorePrecise;
    }

    /**
     * Factors exact with the 6-decimal modifier and medians, when the file gives them.
     *
     * @return the count, -1 when not given
     */
    public long exactWithMorePreciseProgramValues() {
      return exactMorePrecise;
    }

    /**
     * Writes {@code facility_id,payment_adjustment_factor} (4 decimals).
     *
     * @param csv the file
     * @throws UncheckedIOException if it cannot be written
     */
    public void writeCsv(Path csv) {
      writeCsv(csv, "facility_id,payment_adjustment_factor", r -> r.result.ccn() + ","
          + String.format(Locale.ROOT, "%.4f", r.result.paymentAdjustmentFactor()));
    }

    /**
     * The summary: hospitals, exact, within 0.0001, and every other difference with its cause.
     *
     * @return the text
     */
    public String summary() {
      StringBuilder s = new StringBuilder();
      s.append(String.format(Locale.ROOT, "HRRP FY%d: %d hospitals; payment adjustment factor from components "
          + "(NM %.4f, 4-decimal peer-group medians)%n", values.fiscalYear, rows.size(), values.neutralityModifier));
      long precision = rows.stream().filter(r -> !r.exact() && r.withinInputPrecision()).count();
      s.append(String.format(Locale.ROOT, "  exact to 4 decimals: %d; within 0.0001: %d%n", exact(), within()));
      s.append(String.format(Locale.ROOT, "  cause of the %d not exact: %d lie inside the range the rounding of "
          + "the published 4-decimal ERRs, ratios, medians and NM allows (CMS uses unrounded values)%n",
          rows.size() - exact(), precision));
      if (exactMorePrecise >= 0) {
        s.append(String.format(Locale.ROOT, "  with the 6-decimal NM and medians: %d exact%n", exactMorePrecise));
      }
      for (Row r : rows) {
        if (!r.within() || (!r.exact() && !r.withinInputPrecision())) {
          s.append(String.format(Locale.ROOT, "  DIFF %s: %.4f vs published %.4f (inputs allow %.4f to %.4f)%n",
              r.result.ccn(), r.result.paymentAdjustmentFactor(), r.published.publishedFactor, r.low, r.high));
        }
      }
      appendNotesAndFailures(s);
      return s.toString();
    }

    /**
     * The reconciliation in short as a text table (for JShell and logs): hospitals, payment
     * adjustment factors exact to four decimals, within 0.0001 and within what the rounding of
     * the published inputs allows; every difference with its cause: {@link #summary()}.
     *
     * @return the table
     */
    @Override
    public String toString() {
      TextTable t = TextTable.of("HRRP FY" + values.fiscalYear + " reconciliation", "Figure", "Value")
          .row("Hospitals", count(rows().size()))
          .row("Payment adjustment factor exact to 4 decimals", count(exact()))
          .row("Within 0.0001", count(within()))
          .row("Not exact but within the published inputs' rounding",
              count(rows().stream().filter(r -> !r.exact() && r.withinInputPrecision()).count()));
      if (exactMorePrecise >= 0) {
        t.row("Exact with the 6-decimal NM and medians", count(exactMorePrecise));
      }
      return t.row("Rows that could not be checked", count(failures().size())).render()
          + "every difference with its cause: summary()\n";
    }
  }

  /**
   * Reconciles the supplemental data file.
   *
   * @param componentsCsv the hospital rows
   * @param programValuesJson the program-wide values
   * @return the report
   */
  public static Report reconcile(Path componentsCsv, Path programValuesJson) {
    ProgramValues values = readProgramValues(programValuesJson);
    ValueWithFailures<PublishedHospital> read = readHospitals(componentsCsv);
    HrrpFiscalYear year = HrrpFiscalYear.of(values.fiscalYear);
    HrrpPayment payment = HrrpPayment.stratified(year, values.neutralityModifier, values.medians);
    List<HrrpHospital> hospitals = read.values().stream().map(p -> p.hospital).toList();
    ValueWithFailures<HrrpResult> results = payment.adjustAll(hospitals);
    Map<String, HrrpResult> byCcn = new LinkedHashMap<>();
    results.values().forEach(r -> byCcn.put(r.ccn(), r));
    ImmutableList.Builder<Row> rows = ImmutableList.builder();
    for (PublishedHospital p : read.values()) {
      HrrpResult r = byCcn.get(p.hospital.ccn());
      if (r == null) {
        continue;
      }
      rows.add(new Row(p, r, bound(p.hospital, year, values, +1), bound(p.hospital, year, values, -1)));
    }
    ImmutableList<Row> built = rows.build();
    List<String> notes = new ArrayList<>();
    long exact6 = -1;
    if (values.neutralityModifierMorePrecise.isPresent() && values.mediansMorePrecise != null) {
      HrrpPayment precise = HrrpPayment.stratified(year, values.neutralityModifierMorePrecise.getAsDouble(),
          values.mediansMorePrecise);
      exact6 = built.stream().filter(r -> Rounding.exact4(precise.adjust(r.published.hospital)
          .paymentAdjustmentFactor(), r.published.publishedFactor)).count();
    }
    // penalty indicators
    List<String> ties = new ArrayList<>();
    List<String> unexplained = new ArrayList<>();
    int indicators = 0;
    for (Row r : built) {
      for (HrrpConditionResult c : r.result.conditions()) {
        Boolean pub = r.published.publishedPenalty.get(c.condition());
        indicators++;
        if (pub != null && pub != c.penalized()) {
          boolean tie = c.counted() && Math.abs(c.excessReadmissionRatio() - c.threshold()) < 0.00005 + 1e-9;
          (tie ? ties : unexplained).add(String.format(Locale.ROOT, "%s %s (ERR %.4f, median %.4f, published %s)", r.result.ccn(),
              c.condition(), c.excessReadmissionRatio(), c.threshold(), pub ? "Y" : "N"));
        }
      }
    }
    notes.add(String.format(Locale.ROOT, "penalty indicators: %d of %d agree; %d are 4-decimal ties of ERR and "
        + "median, which CMS decides on unrounded values: %s", indicators - ties.size() - unexplained.size(),
        indicators, ties.size(), ties));
    unexplained.forEach(u -> notes.add("DIFF penalty indicator " + u + ": not a 4-decimal tie"));
    PeerGroupMedians computed = PeerGroupMedians.compute(hospitals);
    double maxMedian = 0;
    for (int g = 1; g <= 5; g++) {
      for (HrrpCondition c : HrrpCondition.values()) {
        OptionalDouble a = computed.median(g, c);
        OptionalDouble b = values.medians.median(g, c);
        if (a.isPresent() && b.isPresent()) {
          maxMedian = Math.max(maxMedian, Math.abs(a.getAsDouble() - b.getAsDouble()));
        }
      }
    }
    notes.add(String.format(Locale.ROOT, "peer-group medians over every hospital with an ERR: 30 computed, max "
        + "|diff| from CMS's %.6f (the 4-decimal rounding of the ERRs and medians)", maxMedian));
    Map<String, Double> duals = new LinkedHashMap<>();
    hospitals.forEach(h -> h.dualProportion().ifPresent(d -> duals.put(h.ccn(), d)));
    Map<String, Integer> groups = PeerGroups.assign(duals);
    long sameGroup = hospitals.stream().filter(h -> h.peerGroup().isPresent() && groups.containsKey(h.ccn())
        && groups.get(h.ccn()) == h.peerGroup().getAsInt()).count();
    notes.add(String.format(Locale.ROOT, "peer groups ranked from 4-decimal dual proportions: %d of %d as "
        + "published (the rest are ties at 4 decimals; the published group is used)", sameGroup, duals.size()));
    Map<String, Double> pay = new LinkedHashMap<>();
    read.values().forEach(p -> p.basePayments.ifPresent(v -> pay.put(p.hospital.ccn(), v)));
    OptionalDouble nm = NeutralityModifier.compute(year, hospitals, values.medians, pay);
    if (nm.isPresent()) {
      notes.add(String.format(Locale.ROOT, "neutrality modifier computed where payments are given (%d of %d "
          + "hospitals): %.6f against CMS's %.6f; not reproducible from published data (4-decimal ERRs and ratios, "
          + "payments not CMS's), so CMS's is used", pay.size(), hospitals.size(), nm.getAsDouble(),
          values.neutralityModifierMorePrecise.orElse(values.neutralityModifier)));
    }
    ImmutableList<Failure> failures = ImmutableList.<Failure>builder().addAll(read.failures())
        .addAll(results.failures()).build();
    return new Report(values, built, failures, notes, exact6);
  }

  /** The factor with every published input moved by half a unit in the direction that lowers (+1) or raises (-1) it. */
  private static double bound(HrrpHospital h, HrrpFiscalYear year, ProgramValues v, int sign) {
    double half = 0.00005;
    List<HrrpConditionInput> moved = new ArrayList<>();
    Map<Integer, Map<HrrpCondition, Double>> medians = new LinkedHashMap<>();
    Map<HrrpCondition, Double> groupMedians = new EnumMap<>(HrrpCondition.class);
    int g = h.peerGroup().orElse(1);
    for (HrrpConditionInput c : h.conditions().values()) {
      OptionalDouble ratio = c.paymentRatio().isPresent()
          ? OptionalDouble.of(Math.min(1, Math.max(0, c.paymentRatio().getAsDouble() + sign * half)))
          : OptionalDouble.empty();
      moved.add(HrrpConditionInput.of(c.condition(), c.eligibleDischarges(),
          Math.max(0, c.excessReadmissionRatio() + sign * half), ratio));
      v.medians.median(g, c.condition()).ifPresent(m -> groupMedians.put(c.condition(), Math.max(0, m - sign * half)));
    }
    medians.put(g, groupMedians);
    HrrpHospital mh = HrrpHospital.of(h.ccn(), h.dualProportion(), h.peerGroup(), moved);
    double nm = Math.min(1, v.neutralityModifier + sign * half);
    return HrrpPayment.stratified(year, nm, PeerGroupMedians.of(medians)).adjust(mh).paymentAdjustmentFactor();
  }

  /** The check of published ERRs against predicted / expected rates. */
  public static final class ErrReport {
    final int rows;
    final int withErr;
    final int exact;
    final int within;
    final double maxDifference;
    final ImmutableList<Failure> failures;
    final List<String> differences;

    ErrReport(int rows, int withErr, int exact, int within, double max, ImmutableList<Failure> failures,
        List<String> differences) {
      this.rows = rows;
      this.withErr = withErr;
      this.exact = exact;
      this.within = within;
      this.maxDifference = max;
      this.failures = failures;
      this.differences = differences;
    }

    /**
     * Rows with a published ERR.
     *
     * @return the count
     */
    public int withErr() {
      return withErr;
    }

    /**
     * ERRs equal to round(predicted / expected, 4).
     *
     * @return the count
     */
    public int exact() {
      return exact;
    }

    /**
     * ERRs within 0.0001 of predicted / expected.
     *
     * @return the count
     */
    public int within() {
      return within;
    }

    /**
     * Rows that could not be checked.
     *
     * @return the failures
     */
    public ImmutableList<Failure> failures() {
      return failures;
    }

    /**
     * The summary.
     *
     * @return the text
     */
    public String summary() {
      StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "HRRP ERR = predicted / expected: %d rows, %d "
          + "with an ERR; exact to 4 decimals: %d; within 0.0001: %d (max |diff| %.7f)%n", rows, withErr, exact,
          within, maxDifference));
      s.append(String.format(Locale.ROOT, "  cause of the %d not exact: CMS divides unrounded rates and publishes "
          + "4-decimal rates%n", withErr - exact));
      differences.forEach(d -> s.append("  DIFF ").append(d).append('\n'));
      failures.forEach(f -> s.append("  FAILED ").append(f).append('\n'));
      return s.toString();
    }

    /**
     * The reconciliation in short as a text table (for JShell and logs); every difference:
     * {@link #summary()}.
     *
     * @return the table
     */
    @Override
    public String toString() {
      return TextTable.of("HRRP ERR = predicted / expected", "Figure", "Value")
          .row("Rows", count(rows))
          .row("Rows with an ERR", count(withErr))
          .row("ERR exact to 4 decimals", count(exact))
          .row("ERR within 0.0001", count(within))
          .row("Largest difference", Formats.value(ValueKind.RATE, maxDifference))
          .row("Rows that could not be checked", count(failures.size()))
          .render() + "every difference with its cause: summary()\n";
    }
  }

  /**
   * Checks every published ERR of CMS's HRRP Care Compare file against its predicted and expected
   * rates.
   *
   * @param file the Care Compare HRRP hospital file
   * @return the report; a row with an ERR but without both rates is a row-level failure
   */
  public static ErrReport reconcileErrs(Path file) {
    CsvTable t = CsvTable.read(file);
    int id = t.column("Facility ID");
    int measure = t.column("Measure Name");
    int errCol = t.column("Excess Readmission Ratio");
    int pred = t.column("Predicted Readmission Rate");
    int exp = t.column("Expected Readmission Rate");
    int rowNo = 0;
    int withErr = 0;
    int exact = 0;
    int within = 0;
    double max = 0;
    ImmutableList.Builder<Failure> failures = ImmutableList.<Failure>builder().addAll(t.failures);
    List<String> differences = new ArrayList<>();
    for (CsvRows.Row r : t.rows) {
      rowNo = r.number();
      Cells cells = new Cells(t, rowNo, CsvTable.cell(r, id) + " " + CsvTable.cell(r, measure), r);
      OptionalDouble err = cells.number(errCol);
      if (err.isEmpty()) {
        failures.addAll(cells.failures);
        continue;
      }
      withErr++;
      OptionalDouble p = cells.number(pred);
      OptionalDouble e = cells.number(exp);
      if (p.isEmpty() || e.isEmpty()) {
        cells.fail(FailureCode.MISSING_INPUT, p.isEmpty() ? t.header.get(pred) : t.header.get(exp), null,
            "hospital " + cells.id + " has an ERR but no " + (p.isEmpty() ? "predicted" : "expected") + " rate");
        failures.addAll(cells.failures);
        continue;
      }
      double computed;
      try {
        computed = ExcessReadmissionRatio.of(p.getAsDouble(), e.getAsDouble());
      } catch (IllegalArgumentException ex) {
        cells.fail(FailureCode.INVALID_VALUE, t.header.get(exp), Double.toString(e.getAsDouble()),
            "hospital " + cells.id + ": " + ex.getMessage());
        failures.addAll(cells.failures);
        continue;
      }
      double d = Math.abs(computed - err.getAsDouble());
      max = Math.max(max, d);
      if (Rounding.exact4(computed, err.getAsDouble())) {
        exact++;
      }
      if (Rounding.within(computed, err.getAsDouble(), TOLERANCE)) {
        within++;
      } else {
        differences.add(String.format(Locale.ROOT, "%s: %.6f vs published %.4f", cells.id, computed,
            err.getAsDouble()));
      }
    }
    return new ErrReport(rowNo, withErr, exact, within, max, failures.build(), differences);
  }

  static String count(long n) {
    return Formats.value(ValueKind.COUNT, n);
  }
}
