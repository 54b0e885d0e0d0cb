/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.workforce;

import org.acokit.measures.internal.Stats;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import com.google.common.collect.ImmutableList;
import org.acokit.measures.equity.CellSuppression;
import org.acokit.measures.equity.Suppression;
import org.acokit.measures.workforce.IntervalReport.Engagement;
import org.acokit.measures.workforce.IntervalReport.Rates;
import org.acokit.measures.workforce.IntervalReport.Representation;
import org.acokit.measures.workforce.IntervalReport.StageImpact;
import org.acokit.measures.workforce.WorkforceCounts.Key;

/**
 * The workforce equity analysis, interval by interval: the package's engine. Resolve once with
 * {@link #of(WorkforceConfig)}, then {@link #analyze(HrData)}; per institution, analyse
 * {@link HrData#institution(String)} (the system report already breaks representation and rates
 * down by institution).
 * <p>
 * Intervals: from the first snapshot date, every {@link WorkforceConfig#intervalYears()} years;
 * each boundary must be a snapshot date. Events and survey responses belong to the interval
 * [start, end) that holds their date. Formulas (the reference's quality-methodology F.4 and
 * measures section D; standard formulations, the four-fifths rule being the only regulatory one):
 * <ul>
 *   <li>representation Rep_g,t = headcount_g,t / headcount_t per segment (system, institution,
 *       unit, job family, level, leadership, clinician), its change in percentage points, and the
 *       representation index Rep_g,end / comparator share;
 *   <li>hire and termination rates = count / average headcount ((start + end) / 2), not
 *       annualised; promotion rate = promotions / employees below the top level at the start;
 *   <li>selection at each pipeline stage = applicants who reached the stage / applicants who
 *       reached the stage before, with {@link AdverseImpact} against the highest-rate group;
 *   <li>the talent flow {@link TalentFlow} from the two snapshots;
 *   <li>engagement by group: mean with a t-interval (t quantile by a Cornish–Fisher expansion),
 *       difference from the reference group with Welch's interval; groups of 1 to the suppression
 *       threshold respondents hidden, with complementary suppression (the equity package's
 *       {@link CellSuppression}, CMS's cell size policy by default);
 *   <li>MD-715-shaped tables ({@link Md715Table}).
 * </ul>
 * Groups are the values of the configured dimensions (their intersection when several), with
 * declined and unknown as groups of their own. Immutable and thread-safe.
 */
public final class WorkforceAnalysis {

  /** The segment of the whole system. */
  public static final String ALL = "all";

  private final WorkforceConfig config;
  private final CellSuppression suppression;

  private WorkforceAnalysis(WorkforceConfig config) {
    this.config = config;
    this.suppression = new CellSuppression(config.suppressionThreshold());
  }

  /**
   * Resolves a configuration.
   *
   * @param config the configuration
   * @return the analysis
   */
  public static WorkforceAnalysis of(WorkforceConfig config) {
    return new WorkforceAnalysis(config);
  }

  /**
   * The configuration.
   *
   * @return the configuration
   */
  public WorkforceConfig config() {
    return config;
  }

  /**
   * The interval boundaries of the data: the first snapshot date and every interval length after
   * it up to the last snapshot.
   *
   * @param data the data
   * @return the boundaries, at least two
   * @throws IllegalArgumentException naming the date if a boundary has no snapshot, or if the
   *     snapshots span less than one interval
   */
  public List<LocalDate> boundaries(HrData data) {
    if (data.snapshotDates().isEmpty()) {
      throw new IllegalArgumentException("the data has no snapshot");
    }
    List<LocalDate> b = new ArrayList<>();
    LocalDate d = data.snapshotDates().first();
    while (!d.isAfter(data.snapshotDates().last())) {
      if (!data.snapshotDates().contains(d)) {
        throw new IllegalArgumentException("there is no snapshot on " + d + ": intervals of " + config.intervalYears()
            + " years from " + data.snapshotDates().first() + " need one; the snapshot dates are " + data.snapshotDates());
      }
      b.add(d);
      d = d.plusYears(config.intervalYears());
    }
    if (b.size() < 2) {
      throw new IllegalArgumentException("the snapshots " + data.snapshotDates() + " span less than one interval of "
          + config.intervalYears() + " years");
    }
    return b;
  }

  /**
   * Analyses every interval.
   *
   * @param data the data
   * @return one report per interval, in order
   * @throws IllegalArgumentException if the boundaries are missing (see {@link #boundaries}), a
   *     record lacks a configured dimension, or the configured reference group is absent
   */
  public ImmutableList<IntervalReport> analyze(HrData data) {
    List<LocalDate> b = boundaries(data);
    ImmutableList.Builder<IntervalReport> reports = ImmutableList.builder();
    for (int i = 0; i + 1 < b.size(); i++) {
      reports.add(interval(data, b.get(i), b.get(i + 1)));
    }
    return reports.build();
  }

  /**
   * The group label of a record's demographics.
   *
   * @param who the record, for the message
   * @param demographics its demographics
   * @return the label, values of the dimensions joined by {@code " × "}
   * @throws IllegalArgumentException if a dimension is missing
   */
  public String group(String who, Map<String, String> demographics) {
    StringBuilder s = new StringBuilder();
    for (String d : config.dimensions()) {
      String v = demographics.get(d);
      if (v == null) {
        throw new IllegalArgumentException(who + " has no demographic '" + d + "'; it has " + demographics.keySet());
      }
      if (s.length() > 0) {
        s.append(" × ");
      }
      s.append(v);
    }
    return s.toString();
  }

  private IntervalReport interval(HrData data, LocalDate start, LocalDate end) {
    List<Employee> s0 = new ArrayList<>();
    List<Employee> s1 = new ArrayList<>();
    for (Employee e : data.snapshots()) {
      if (e.date().equals(start)) {
        s0.add(e);
      } else if (e.date().equals(end)) {
        s1.add(e);
      }
    }
    List<HrEvent> events = data.events().stream().filter(e -> !e.date().isBefore(start) && e.date().isBefore(end)).toList();
    List<SurveyResponse> responses =
        data.responses().stream().filter(r -> !r.date().isBefore(start) && r.date().isBefore(end)).toList();
    int topLevel = s0.stream().mapToInt(Employee::level).max().orElse(1);
    int levels = Math.max(topLevel, s1.stream().mapToInt(Employee::level).max().orElse(1));

    // one pass over each kind of row fills the keyed counts
    WorkforceCounts c = new WorkforceCounts();
    for (Employee e : s0) {
      String g = group("employee " + e.employeeId() + " on " + e.date(), e.demographics());
      for (String[] seg : segments(e)) {
        c.add(new Key("headcount_start", seg[0], seg[1], g), 1);
      }
      if (e.level() < topLevel) {
        c.add(new Key("eligible", "institution", e.institution(), g), 1);
        c.add(new Key("eligible", "system", ALL, g), 1);
        c.add(new Key("eligible", "level", Integer.toString(e.level()), g), 1);
      }
    }
    for (Employee e : s1) {
      String g = group("employee " + e.employeeId() + " on " + e.date(), e.demographics());
      for (String[] seg : segments(e)) {
        c.add(new Key("headcount_end", seg[0], seg[1], g), 1);
      }
    }
    for (HrEvent e : events) {
      String g = group(e.type().code() + " of " + e.personId() + " on " + e.date(), e.demographics());
      String measure = e.type() == EventType.APPLICATION ? null : e.type().code();
      String[][] where = {{"system", ALL}, {"institution", e.institution()}, {"unit", e.institution() + "/" + e.unit()},
          {"job_family", e.jobFamily()}, {"level", Integer.toString(e.level())}};
      if (e.type() == EventType.APPLICATION) {
        int reached = config.stages().indexOf(e.stage().orElseThrow());
        if (reached < 0) {
          throw new IllegalArgumentException("application of " + e.personId() + " on " + e.date() + " has stage '"
              + e.stage().get() + "', not one of " + config.stages());
        }
        for (int s = 0; s <= reached; s++) {
          for (String[] w : where) {
            c.add(new Key("stage:" + config.stages().get(s), w[0], w[1], g), 1);
          }
        }
      } else {
        for (String[] w : where) {
          c.add(new Key(measure, w[0], w[1], g), 1);
        }
        if (e.type() == EventType.PROMOTION) {
          c.add(new Key("promotion_from", "level", Integer.toString(e.fromLevel().getAsInt()), g), 1);
        }
      }
    }

    TreeSet<String> groups = c.distinct(3, k -> k.measure().startsWith("headcount") || k.measure().startsWith("stage:"));
    List<String> groupList = new ArrayList<>(groups);
    List<Representation> representation = representation(c, groupList, levels);
    List<Rates> rates = rates(c, groupList);
    String reference = config.referenceGroup().orElseGet(() -> largest(c, groupList));

    List<StageImpact> pipeline = new ArrayList<>();
    for (int s = 1; s < config.stages().size(); s++) {
      String from = config.stages().get(s - 1);
      String to = config.stages().get(s);
      selection(c, groupList, "stage:" + from, "stage:" + to, "system", ALL)
          .ifPresent(r -> pipeline.add(new StageImpact(to, from, r)));
    }
    Optional<AdverseImpactResult> hiring = selection(c, groupList, "stage:" + config.stages().get(0),
        "stage:" + config.stages().get(config.stages().size() - 1), "system", ALL);
    Optional<AdverseImpactResult> promotion = selection(c, groupList, "eligible", "promotion", "system", ALL);

    Optional<TalentFlow> flow = s0.isEmpty() ? Optional.empty() : Optional.of(talentFlow(s0, s1, levels, reference));
    List<Engagement> engagement = engagement(responses, reference);
    List<Md715Table> tables = tables(c, groupList, levels);
    List<UnitWorkforce> units = units(c, responses);
    return new IntervalReport(start, end, c, ImmutableList.copyOf(representation), ImmutableList.copyOf(rates),
        ImmutableList.copyOf(pipeline), hiring, promotion, flow, ImmutableList.copyOf(engagement),
        ImmutableList.copyOf(tables), ImmutableList.copyOf(units));
  }

  private static String[][] segments(Employee e) {
    return new String[][] {{"system", ALL}, {"institution", e.institution()}, {"unit", e.institution() + "/" + e.unit()},
        {"job_family", e.jobFamily()}, {"level", Integer.toString(e.level())},
        {"leadership", e.leadership() ? "leadership" : "non-leadership"},
        {"clinician", e.clinician() ? "clinician" : "non-clinician"}};
  }

  private static String largest(WorkforceCounts c, List<String> groups) {
    String best = null;
    long most = -1;
    for (String g : groups) {
      long n = c.get(new Key("headcount_start", "system", ALL, g));
      if (n > most) {
        most = n;
        best = g;
      }
    }
    return best;
  }

  private List<Representation> representation(WorkforceCounts c, List<String> groups, int levels) {
    List<Representation> rows = new ArrayList<>();
    for (String kind : List.of("system", "institution", "unit", "job_family", "level", "leadership", "clinician")) {
      TreeSet<String> segs = c.distinct(2, k -> k.kind().equals(kind) && k.measure().startsWith("headcount"));
      for (String seg : segs) {
        long t0 = c.total("headcount_start", kind, seg);
        long t1 = c.total("headcount_end", kind, seg);
        long apps = c.total("stage:" + config.stages().get(0), kind, seg);
        for (String g : groups) {
          long h0 = c.get(new Key("headcount_start", kind, seg, g));
          long h1 = c.get(new Key("headcount_end", kind, seg, g));
          Optional<Double> sh0 = ratio(h0, t0);
          Optional<Double> sh1 = ratio(h1, t1);
          Optional<Double> change = sh0.isPresent() && sh1.isPresent()
              ? Optional.of(100 * (sh1.get() - sh0.get())) : Optional.empty();
          Optional<Double> riApps = Optional.empty();
          if (!kind.equals("leadership") && !kind.equals("clinician")) {
            Optional<Double> appShare = ratio(c.get(new Key("stage:" + config.stages().get(0), kind, seg, g)), apps);
            riApps = divide(sh1, appShare);
          }
          Optional<Double> riAvail = divide(sh1, Optional.ofNullable(config.availability().get(g)));
          Optional<Double> riDown = Optional.empty();
          if (kind.equals("level") && Integer.parseInt(seg) > 1) {
            String below = Integer.toString(Integer.parseInt(seg) - 1);
            riDown = divide(sh1, ratio(c.get(new Key("headcount_end", "level", below, g)),
                c.total("headcount_end", "level", below)));
          }
          if (h0 > 0 || h1 > 0) {
            rows.add(new Representation(kind, seg, g, h0, h1, sh0, sh1, change, riApps, riAvail, riDown));
          }
        }
      }
    }
    return rows;
  }

  private List<Rates> rates(WorkforceCounts c, List<String> groups) {
    List<Rates> rows = new ArrayList<>();
    List<String[]> segs = new ArrayList<>();
    segs.add(new String[] {"system", ALL});
    for (String inst : c.distinct(2, k -> k.kind().equals("institution"))) {
      segs.add(new String[] {"institution", inst});
    }
    for (String[] s : segs) {
      for (String g : groups) {
        double avg = (c.get(new Key("headcount_start", s[0], s[1], g)) + c.get(new Key("headcount_end", s[0], s[1], g))) / 2.0;
        long hires = c.get(new Key("hire", s[0], s[1], g));
        long vol = c.get(new Key("separation_voluntary", s[0], s[1], g));
        long invol = c.get(new Key("separation_involuntary", s[0], s[1], g));
        long eligible = c.get(new Key("eligible", s[0], s[1], g));
        long promotions = c.get(new Key("promotion", s[0], s[1], g));
        if (avg > 0 || hires > 0) {
          rows.add(new Rates(s[1], g, avg, hires, vol, invol, eligible, promotions));
        }
      }
    }
    return rows;
  }

  private static Optional<AdverseImpactResult> selection(WorkforceCounts c, List<String> groups, String applicants,
      String selected, String kind, String segment) {
    List<SelectionCount> counts = new ArrayList<>();
    for (String g : groups) {
      long n = c.get(new Key(applicants, kind, segment, g));
      long x = c.get(new Key(selected, kind, segment, g));
      if (n > 0) {
        counts.add(SelectionCount.of(g, n, Math.min(x, n)));
      }
    }
    return counts.size() < 2 ? Optional.empty() : Optional.of(AdverseImpact.analyze(counts));
  }

  private TalentFlow talentFlow(List<Employee> s0, List<Employee> s1, int levels, String reference) {
    Map<String, Employee> later = new HashMap<>();
    for (Employee e : s1) {
      later.put(e.employeeId(), e);
    }
    Map<String, long[][]> counts = new TreeMap<>();
    Map<String, long[]> recruits = new TreeMap<>();
    Map<String, long[]> endHeadcount = new TreeMap<>();
    java.util.Set<String> before = new java.util.HashSet<>();
    for (Employee e : s0) {
      before.add(e.employeeId());
      String g = group("employee " + e.employeeId(), e.demographics());
      Employee next = later.get(e.employeeId());
      int to = next == null ? levels : next.level() - 1;
      counts.computeIfAbsent(g, k -> new long[levels][levels + 1])[e.level() - 1][to]++;
    }
    for (Employee e : s1) {
      String g = group("employee " + e.employeeId(), e.demographics());
      endHeadcount.computeIfAbsent(g, k -> new long[levels])[e.level() - 1]++;
      if (!before.contains(e.employeeId())) {
        recruits.computeIfAbsent(g, k -> new long[levels])[e.level() - 1]++;
      }
    }
    Map<String, TransitionMatrix> matrices = new LinkedHashMap<>();
    for (Map.Entry<String, long[][]> e : counts.entrySet()) {
      matrices.put(e.getKey(), new TransitionMatrix(e.getKey(), e.getValue(),
          recruits.getOrDefault(e.getKey(), new long[levels])));
    }
    return TalentFlow.estimate(matrices, endHeadcount, reference, config.projectionIntervals());
  }

  private List<Engagement> engagement(List<SurveyResponse> responses, String reference) {
    Map<String, Map<String, List<Double>>> byInstitution = new TreeMap<>();
    for (SurveyResponse r : responses) {
      String g = group("survey response on " + r.date(), r.demographics());
      byInstitution.computeIfAbsent(ALL, k -> new TreeMap<>()).computeIfAbsent(g, k -> new ArrayList<>()).add(r.score());
      byInstitution.computeIfAbsent(r.institution(), k -> new TreeMap<>()).computeIfAbsent(g, k -> new ArrayList<>())
          .add(r.score());
    }
    double p = 1 - (1 - config.confidenceLevel()) / 2;
    List<Engagement> rows = new ArrayList<>();
    for (Map.Entry<String, Map<String, List<Double>>> inst : byInstitution.entrySet()) {
      List<String> gs = new ArrayList<>(inst.getValue().keySet());
      long[] n = gs.stream().mapToLong(g -> inst.getValue().get(g).size()).toArray();
      boolean[] hide = hidden(n);
      List<Double> ref = inst.getValue().get(reference);
      int refIndex = gs.indexOf(reference);
      boolean refShown = ref != null && ref.size() >= 2 && !hide[refIndex];
      for (int i = 0; i < gs.size(); i++) {
        List<Double> v = inst.getValue().get(gs.get(i));
        if (hide[i]) {
          rows.add(new Engagement(inst.getKey(), gs.get(i), v.size(), true, Optional.empty(), Optional.empty(),
              Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
          continue;
        }
        double mean = mean(v);
        Optional<Double> lo = Optional.empty();
        Optional<Double> hi = Optional.empty();
        if (v.size() >= 2) {
          double half = Stats.tQuantile(p, v.size() - 1) * Math.sqrt(variance(v) / v.size());
          lo = Optional.of(mean - half);
          hi = Optional.of(mean + half);
        }
        Optional<Double> diff = Optional.empty();
        Optional<Double> dlo = Optional.empty();
        Optional<Double> dhi = Optional.empty();
        if (refShown && v.size() >= 2 && i != refIndex) {
          double a = variance(v) / v.size();
          double b = variance(ref) / ref.size();
          double d = mean - mean(ref);
          diff = Optional.of(d);
          if (a + b > 0) {
            double nu = (a + b) * (a + b) / (a * a / (v.size() - 1) + b * b / (ref.size() - 1));
            double half = Stats.tQuantile(p, Math.max(1, nu)) * Math.sqrt(a + b);
            dlo = Optional.of(d - half);
            dhi = Optional.of(d + half);
          }
        }
        rows.add(new Engagement(inst.getKey(), gs.get(i), v.size(), false, Optional.of(mean), lo, hi, diff, dlo, dhi));
      }
    }
    return rows;
  }

  private static double mean(List<Double> v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return s / v.size();
  }

  private static double variance(List<Double> v) {
    double m = mean(v);
    double s = 0;
    for (double x : v) {
      s += (x - m) * (x - m);
    }
    return s / (v.size() - 1);
  }

  private List<Md715Table> tables(WorkforceCounts c, List<String> groups, int levels) {
    List<Md715Table> tables = new ArrayList<>();
    Md715Table.Row a1Start = row("Total workforce, start", c, groups, "headcount_start", "system", ALL);
    Md715Table.Row a1End = row("Total workforce, end", c, groups, "headcount_end", "system", ALL);
    List<Optional<Long>> net = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      Optional<Long> a = a1Start.counts().get(i);
      Optional<Long> b = a1End.counts().get(i);
      net.add(a.isPresent() && b.isPresent() ? Optional.of(b.get() - a.get()) : Optional.empty());
    }
    tables.add(new Md715Table("A1", "Total workforce", ImmutableList.copyOf(groups), ImmutableList.of(a1Start, a1End,
        new Md715Table.Row("Net change", ImmutableList.copyOf(net), a1End.total() - a1Start.total(),
            a1Start.totalSuppressed() || a1End.totalSuppressed()))));
    List<Md715Table.Row> a3 = new ArrayList<>();
    for (String f : c.distinct(2, k -> k.kind().equals("job_family") && k.measure().equals("headcount_end"))) {
      a3.add(row(f, c, groups, "headcount_end", "job_family", f));
    }
    tables.add(new Md715Table("A3", "Job families at the end", ImmutableList.copyOf(groups), ImmutableList.copyOf(a3)));
    List<Md715Table.Row> a4 = new ArrayList<>();
    for (int l = 1; l <= levels; l++) {
      a4.add(row("Level " + l, c, groups, "headcount_end", "level", Integer.toString(l)));
    }
    tables.add(new Md715Table("A4", "Levels at the end", ImmutableList.copyOf(groups), ImmutableList.copyOf(a4)));
    List<Md715Table.Row> a7 = new ArrayList<>();
    for (String s : config.stages()) {
      a7.add(row("Applicants reaching " + s, c, groups, "stage:" + s, "system", ALL));
    }
    a7.add(row("Hires (all sources)", c, groups, "hire", "system", ALL));
    tables.add(new Md715Table("A7", "Applicants and hires", ImmutableList.copyOf(groups), ImmutableList.copyOf(a7)));
    List<Md715Table.Row> a9 = new ArrayList<>();
    for (int l = 1; l < levels; l++) {
      String seg = Integer.toString(l);
      a9.add(row("Eligible at level " + l, c, groups, "eligible", "level", seg));
      a9.add(row("Promoted from level " + l, c, groups, "promotion_from", "level", seg));
    }
    tables.add(new Md715Table("A9", "Promotions", ImmutableList.copyOf(groups), ImmutableList.copyOf(a9)));
    tables.add(new Md715Table("A14", "Separations", ImmutableList.copyOf(groups), ImmutableList.of(
        row("Voluntary", c, groups, "separation_voluntary", "system", ALL),
        row("Involuntary", c, groups, "separation_involuntary", "system", ALL))));
    return tables;
  }

  private Md715Table.Row row(String label, WorkforceCounts c, List<String> groups, String measure, String kind,
      String segment) {
    long[] counts = new long[groups.size()];
    long total = 0;
    for (int i = 0; i < counts.length; i++) {
      counts[i] = c.get(new Key(measure, kind, segment, groups.get(i)));
      total += counts[i];
    }
    CellSuppression.Result result = suppression.apply(new long[counts.length], counts, List.of(all(counts.length)));
    List<Optional<Long>> cells = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      cells.add(result.suppression().get(i) != Suppression.NONE ? Optional.empty() : Optional.of(counts[i]));
    }
    return new Md715Table.Row(label, ImmutableList.copyOf(cells), total, result.totalSuppressed());
  }

  /** Which groups to hide: counts of 1 to the threshold, with complementary suppression. */
  private boolean[] hidden(long[] counts) {
    CellSuppression.Result result = suppression.apply(new long[counts.length], counts, List.of(all(counts.length)));
    boolean[] hide = new boolean[counts.length];
    for (int i = 0; i < counts.length; i++) {
      hide[i] = result.suppression().get(i) != Suppression.NONE || result.totalSuppressed();
    }
    return hide;
  }

  private static int[] all(int n) {
    int[] all = new int[n];
    for (int i = 0; i < n; i++) {
      all[i] = i;
    }
    return all;
  }

  private List<UnitWorkforce> units(WorkforceCounts c, List<SurveyResponse> responses) {
    Map<String, List<Double>> scores = new HashMap<>();
    for (SurveyResponse r : responses) {
      scores.computeIfAbsent(r.institution() + "/" + r.unit(), k -> new ArrayList<>()).add(r.score());
    }
    List<UnitWorkforce> units = new ArrayList<>();
    for (String u : c.distinct(2, k -> k.kind().equals("unit") && k.measure().startsWith("headcount"))) {
      double avg = (c.total("headcount_start", "unit", u) + c.total("headcount_end", "unit", u)) / 2.0;
      long seps = c.total("separation_voluntary", "unit", u) + c.total("separation_involuntary", "unit", u);
      List<Double> s = scores.getOrDefault(u, List.of());
      Optional<Double> mean = s.size() > suppression.threshold() ? Optional.of(mean(s)) : Optional.empty();
      int slash = u.indexOf('/');
      units.add(new UnitWorkforce(u.substring(0, slash), u.substring(slash + 1), avg, seps, c.total("hire", "unit", u),
          s.size(), mean));
    }
    return units;
  }

  private static Optional<Double> ratio(long n, long d) {
    return d > 0 ? Optional.of((double) n / d) : Optional.empty();
  }

  private static Optional<Double> divide(Optional<Double> a, Optional<Double> b) {
    return a.isPresent() && b.isPresent() && b.get() > 0 ? Optional.of(a.get() / b.get()) : Optional.empty();
  }
}
