/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;

import com.google.common.collect.ImmutableList;
import org.acokit.io.Failure;
import org.acokit.io.FailureCode;
import org.acokit.io.ValueWithFailures;
import org.acokit.measures.definition.EpisodeCriteria;
import org.acokit.measures.definition.GroupDefinition;
import org.acokit.measures.definition.MeasureIdentity;
import org.acokit.measures.definition.MembershipRules;
import org.acokit.measures.definition.PatientCriteria;
import org.acokit.measures.definition.PatientMeasure;
import org.acokit.measures.definition.Population;
import org.acokit.measures.definition.PopulationBasis;
import org.acokit.measures.definition.Scoring;
import org.acokit.measures.definition.Stratifier;
import org.acokit.measures.logic.Evidence;
import org.acokit.measures.logic.MeasureContext;
import org.acokit.measures.logic.MeasurementPeriod;
import org.acokit.measures.logic.PatientFailure;
import org.acokit.measures.logic.PatientRecord;
import org.acokit.measures.patient.CodedField;
import org.acokit.measures.patient.DateTimes;
import org.acokit.measures.patient.FactKind;
import org.acokit.measures.patient.FactTable;
import org.acokit.measures.patient.PatientData;
import org.acokit.measures.patient.TimeField;
import org.acokit.measures.terminology.Code;
import org.acokit.measures.terminology.ValueSets;

/**
 * Evaluates measure definitions over a dataset: binds them once (value sets and codes resolved
 * against the dataset), then counts populations for all patients on all cores, or for a range of
 * patients, or explains one patient.
 * <p>
 * Example: {@code MeasureEvaluator.bind(data, valueSets, MeasurementPeriod.calendarYear(2025),
 * PatientMeasures.load().all()).evaluate()}. A patient whose data cannot be evaluated (a
 * {@link PatientFailure}, such as a missing birth date) is left out of every count and reported as
 * a row-level failure; the others are counted. Immutable and thread-safe once bound.
 */
public final class MeasureEvaluator {

  private static final int LEAF = 2048;
  /**
   * Patients evaluated together, one group (and one stratifier) at a time: at most the patients a
   * {@link PatientRecord} keeps cached definitions for.
   */
  private static final int BLOCK = PatientRecord.CACHED_PATIENTS;
  /** The most leaves per core of a parallel evaluation. */
  private static final int LEAVES_PER_CORE = 32;

  private final PatientData data;
  private final MeasureContext context;
  private final ImmutableList<PatientMeasure> measures;
  private final ImmutableList<ImmutableList<GroupDefinition>> groups;
  private final ImmutableList<ImmutableList<Stratifier>> supplemental;
  private final CountLayout layout;
  /** The evaluator's own stratifiers (equity dimensions and intersections), for every group. */
  private final ImmutableList<Stratifier> extra;
  /**
   * Every distinct stratifier (by identity) of the groups, the supplemental data and the simple
   * stratifiers the extra ones are made of: each is computed at most once per patient, however many
   * measures and groups report it (the measures bound to one context share their supplemental data).
   */
  private final Stratifier[] distinct;
  /** For each group of every measure (flattened, in order): the {@link #distinct} index of each of its stratifiers then supplemental elements. */
  private final int[][] groupStrata;
  /** For each group of every measure (flattened): its measure's scoring. */
  private final Scoring[] groupScoring;
  /** For each group of every measure (flattened): its patient criteria, null for an episode basis. */
  private final PatientCriteria[] groupPatientCriteria;
  /** For each group of every measure (flattened): its episode criteria, null for a patient basis. */
  private final EpisodeCriteria[] groupEpisodeCriteria;
  /** For each group of every measure (flattened): its count layout. */
  private final CountLayout.GroupShape[] groupShape;
  /** The {@link #distinct} index of each simple stratifier the extra ones are made of. */
  private final int[] bases;
  /** For each extra stratifier, the indices of its bases (one for a simple stratifier). */
  private final int[][] parts;
  /** For each extra stratifier, the number of strata of each of its bases. */
  private final int[][] radix;
  /** The most stratifiers and supplemental elements of any group: the size of the per-range buffer. */
  private final int maxStrata;

  private MeasureEvaluator(PatientData data, MeasureContext context, List<PatientMeasure> measures,
      List<Stratifier> extra) {
    this.data = data;
    this.context = context;
    this.measures = ImmutableList.copyOf(measures);
    List<ImmutableList<GroupDefinition>> gs = new ArrayList<>();
    List<ImmutableList<Stratifier>> ss = new ArrayList<>();
    List<MeasureIdentity> ids = new ArrayList<>();
    List<Scoring> scorings = new ArrayList<>();
    List<org.acokit.quality.Direction> directions = new ArrayList<>();
    for (PatientMeasure m : measures) {
      directions.add(m.direction());
      ImmutableList<GroupDefinition> g = ImmutableList.copyOf(m.groups(context));
      if (g.isEmpty()) {
        throw new IllegalArgumentException("measure " + m.identity().canonicalUrl() + " must have at least one group");
      }
      gs.add(g);
      ss.add(ImmutableList.copyOf(m.supplementalData(context)));
      ids.add(m.identity());
      scorings.add(m.scoring());
    }
    this.groups = ImmutableList.copyOf(gs);
    this.supplemental = ImmutableList.copyOf(ss);
    this.extra = ImmutableList.copyOf(extra);
    List<Stratifier> b = new ArrayList<>();
    this.parts = new int[extra.size()][];
    this.radix = new int[extra.size()][];
    for (int e = 0; e < extra.size(); e++) {
      Stratifier x = extra.get(e);
      List<Stratifier> comps = x.components().isEmpty() ? List.of(x) : x.components();
      parts[e] = new int[comps.size()];
      radix[e] = new int[comps.size()];
      for (int c = 0; c < comps.size(); c++) {
        int at = -1;
        for (int k = 0; k < b.size(); k++) {
          if (b.get(k) == comps.get(c)) {
            at = k;
          }
        }
        if (at < 0) {
          at = b.size();
          b.add(comps.get(c));
        }
        parts[e][c] = at;
        radix[e][c] = comps.get(c).strata().size();
      }
    }
    List<Stratifier> all = new ArrayList<>();
    this.bases = new int[b.size()];
    for (int k = 0; k < b.size(); k++) {
      bases[k] = indexOf(all, b.get(k));
    }
    List<int[]> flatStrata = new ArrayList<>();
    List<Scoring> flatScoring = new ArrayList<>();
    List<GroupDefinition> flatGroups = new ArrayList<>();
    for (int m = 0; m < gs.size(); m++) {
      for (int g = 0; g < gs.get(m).size(); g++) {
        flatGroups.add(gs.get(m).get(g));
        flatScoring.add(scorings.get(m));
        List<Stratifier> st = gs.get(m).get(g).stratifiers();
        List<Stratifier> sd = ss.get(m);
        int[] at = new int[st.size() + sd.size()];
        for (int s = 0; s < st.size(); s++) {
          at[s] = indexOf(all, st.get(s));
        }
        for (int s = 0; s < sd.size(); s++) {
          at[st.size() + s] = indexOf(all, sd.get(s));
        }
        flatStrata.add(at);
      }
    }
    this.groupStrata = flatStrata.toArray(new int[0][]);
    this.groupScoring = flatScoring.toArray(new Scoring[0]);
    this.groupPatientCriteria = new PatientCriteria[flatGroups.size()];
    this.groupEpisodeCriteria = new EpisodeCriteria[flatGroups.size()];
    for (int k = 0; k < flatGroups.size(); k++) {
      GroupDefinition group = flatGroups.get(k);
      if (group.basis() == PopulationBasis.PATIENT) {
        groupPatientCriteria[k] = group.patientCriteria();
      } else {
        groupEpisodeCriteria[k] = group.episodeCriteria();
      }
    }
    this.distinct = all.toArray(new Stratifier[0]);
    int max = 0;
    for (int m = 0; m < gs.size(); m++) {
      for (GroupDefinition g : gs.get(m)) {
        max = Math.max(max, g.stratifiers().size() + ss.get(m).size());
      }
    }
    this.maxStrata = max;
    this.layout = new CountLayout(ids, scorings, directions, List.copyOf(gs), List.copyOf(ss), this.extra);
    List<CountLayout.GroupShape> shapes = new ArrayList<>();
    for (CountLayout.MeasureShape ms : layout.measures) {
      shapes.addAll(ms.groups());
    }
    this.groupShape = shapes.toArray(new CountLayout.GroupShape[0]);
  }

  /** The index of a stratifier (by identity) in a list, appending it if absent. */
  private static int indexOf(List<Stratifier> all, Stratifier s) {
    for (int k = 0; k < all.size(); k++) {
      if (all.get(k) == s) {
        return k;
      }
    }
    all.add(s);
    return all.size() - 1;
  }

  /**
   * Binds measures to a dataset.
   *
   * @param data the dataset
   * @param valueSets the value sets
   * @param period the measurement period
   * @param measures the measures
   * @return the evaluator
   * @throws IllegalArgumentException if a measure needs a value set the registry does not hold
   */
  public static MeasureEvaluator bind(PatientData data, ValueSets valueSets, MeasurementPeriod period,
      List<PatientMeasure> measures) {
    return new MeasureEvaluator(data, new MeasureContext(data, valueSets, period), measures, List.of());
  }

  /**
   * Binds measures to a dataset with stratifiers of the evaluator's own, counted for every group
   * of every measure (after the group's stratifiers and the measure's supplemental data): equity
   * dimensions such as race, ethnicity, language, and their intersections
   * ({@link Stratifier#intersection}). Each stratum is one more key of the same counts, filled in
   * the same pass over the patients: each simple stratifier is computed once per patient (also
   * when several intersections share it), however many measures and groups there are.
   *
   * @param data the dataset
   * @param valueSets the value sets
   * @param period the measurement period
   * @param measures the measures
   * @param stratifiers the stratifiers for every group, with distinct names
   * @return the evaluator
   * @throws IllegalArgumentException if a measure needs a value set the registry does not hold,
   *     or two stratifiers share a name
   */
  public static MeasureEvaluator bind(PatientData data, ValueSets valueSets, MeasurementPeriod period,
      List<PatientMeasure> measures, List<Stratifier> stratifiers) {
    java.util.Set<String> names = new java.util.HashSet<>();
    for (Stratifier st : stratifiers) {
      if (!names.add(st.name())) {
        throw new IllegalArgumentException("stratifier names must be distinct, but " + st.name() + " is repeated");
      }
    }
    return new MeasureEvaluator(data, new MeasureContext(data, valueSets, period), measures, stratifiers);
  }

  /**
   * The dataset.
   *
   * @return the data
   */
  public PatientData data() {
    return data;
  }

  /**
   * Counts every patient on all cores of the common fork-join pool.
   *
   * @return the counts, and one failure per patient that could not be evaluated
   */
  public ValueWithFailures<PopulationCounts> evaluate() {
    return ForkJoinPool.commonPool().invoke(new Range(0, data.size(), leafSize()));
  }

  /**
   * Patients per parallel leaf: 2048, or more when the counts are large (many strata), so that
   * the per-leaf counts stay a small share of the work: at least a quarter of the number of cells;
   * and at most {@value #LEAVES_PER_CORE} leaves per core (enough to balance the
   * load), since every leaf allocates, fills and merges its own counts (with the six eCQMs' strata
   * a quarter of a megabyte: 10 million patients in 2048-patient leaves allocated 1.2 GB per run).
   */
  private int leafSize() {
    long leaves = (long) Runtime.getRuntime().availableProcessors() * LEAVES_PER_CORE;
    long fewest = (data.size() + leaves - 1) / leaves;
    return (int) Math.max(Math.max(LEAF, layout.cells / 4), fewest);
  }

  /**
   * Counts the patients {@code from} (inclusive) to {@code to} (exclusive) on the calling thread:
   * a partition of a distributed evaluation; merge the results.
   * <p>
   * The patients are taken in blocks of 256: first the strata of the block (one stratifier at a
   * time), then its memberships (one group at a time), then each patient's counts, so that each
   * pass runs the same code over the same few columns for a run of patients. Every count and every
   * failure is the same as evaluating one patient at a time: a patient whose criteria or strata
   * fail is left out of every count, with the failure its groups meet first in group order.
   *
   * @param from the first patient index
   * @param to one past the last
   * @return the counts, and one failure per patient that could not be evaluated
   * @throws IndexOutOfBoundsException if the range is not within the dataset
   */
  public ValueWithFailures<PopulationCounts> evaluate(int from, int to) {
    java.util.Objects.checkFromToIndex(from, to, data.size());
    List<Failure> failures = new ArrayList<>();
    PatientRecord p = new PatientRecord(context, Evidence.NONE);
    int[] scratch = new int[64];
    PatientStrata known = new PatientStrata(distinct);
    Memberships in = new Memberships();
    RowCounters counters = new RowCounters(layout.cells);
    int[] extraStrata = new int[extra.size()];
    int[] strata = new int[maxStrata + extra.size()];
    long evaluated = 0;
    for (int start = from; start < to; start += BLOCK) {
      int end = Math.min(to, start + BLOCK);
      known.precompute(p, start, end);
      in.evaluate(p, start, end);
      for (int i = start; i < end; i++) {
        p.moveTo(i);
        int n;
        try {
          n = patientRows(p, in, i - start, scratch, strata, known, extraStrata);
          if (n > scratch.length) {
            scratch = new int[n * 2];
            n = patientRows(p, in, i - start, scratch, strata, known, extraStrata);
          }
        } catch (PatientFailure e) {
          failures.add(failure(i, e));
          continue;
        }
        counters.add(scratch, n, in.mostEpisodes(i - start));
        evaluated++;
      }
    }
    return ValueWithFailures.<PopulationCounts>builder()
        .addValues(new PopulationCounts(layout, counters.cells(), evaluated)).addAllFailures(failures).build();
  }

  /**
   * The counts of one range of patients, kept as a row of eight population counters per count
   * row (a group or one stratum of it: {@link CountLayout}), packed as 16-bit lanes into two
   * longs, so that a patient adds its membership mask to a row in one or two additions however
   * many populations it is in; the lanes are added into the {@code long} cells before any could
   * overflow. Not thread-safe.
   */
  private static final class RowCounters {
    /** For a 4-bit mask: a 1 in the 16-bit lane of each of its bits. */
    private static final long[] SPREAD = new long[16];

    static {
      for (int m = 0; m < 16; m++) {
        for (int b = 0; b < 4; b++) {
          if ((m & 1 << b) != 0) {
            SPREAD[m] |= 1L << 16 * b;
          }
        }
      }
    }

    private static final int LANE_MAX = 0xFFFF;
    private final long[] cells;
    /** Populations 0-3 of each row. */
    private final long[] low;
    /** Populations 4-7 of each row. */
    private final long[] high;
    /** An upper bound on any lane since the last flush. */
    private int pending;

    RowCounters(int cells) {
      this.cells = new long[cells];
      this.low = new long[cells / CountLayout.POPULATIONS];
      this.high = new long[low.length];
    }

    /**
     * Adds one patient's (row, mask) pairs.
     *
     * @param pairs the row then the mask of each pair
     * @param n the number of ints used in {@code pairs}
     * @param mostPerRow the most times the patient adds to any one row (its most episodes in a group, else 1)
     */
    void add(int[] pairs, int n, int mostPerRow) {
      if (n == 0) {
        return;
      }
      if (mostPerRow > LANE_MAX - pending) {
        flush();
        if (mostPerRow > LANE_MAX) {
          // more episodes in one group than a lane holds: straight into the cells
          for (int q = 0; q < n; q += 2) {
            int base = pairs[q] * CountLayout.POPULATIONS;
            for (int bits = pairs[q + 1]; bits != 0; bits &= bits - 1) {
              cells[base + Integer.numberOfTrailingZeros(bits)]++;
            }
          }
          return;
        }
      }
      pending += mostPerRow;
      for (int q = 0; q < n; q += 2) {
        int row = pairs[q];
        int mask = pairs[q + 1];
        low[row] += SPREAD[mask & 15];
        if (mask > 15) {
          high[row] += SPREAD[mask >>> 4];
        }
      }
    }

    private void flush() {
      for (int row = 0; row < low.length; row++) {
        unpack(low, row, 0);
        unpack(high, row, 4);
      }
      pending = 0;
    }

    private void unpack(long[] lanes, int row, int firstPopulation) {
      long l = lanes[row];
      if (l != 0) {
        int base = row * CountLayout.POPULATIONS + firstPopulation;
        for (int b = 0; b < 4; b++) {
          cells[base + b] += l >>> 16 * b & LANE_MAX;
        }
        lanes[row] = 0;
      }
    }

    /** The counts, all lanes added in. */
    long[] cells() {
      flush();
      return cells;
    }
  }

  private Failure failure(int patient, PatientFailure e) {
    String source = data.source(patient);
    return Failure.ofRow(e.code(), source.isEmpty() ? "patient data" : source, patient + 1, e.path(), null,
        "Patient/" + data.id(patient) + ": " + e.getMessage());
  }

  /**
   * Writes the (row, membership mask) pairs a patient of the block adds to: for each group it is
   * in, the group's row and the row of its stratum of every stratifier that has one (resolved
   * once per group); returns the number of ints needed, more than {@code out.length} if it is
   * short (then nothing is to be used). Throws the patient's failure where its evaluation one
   * group after another would have met it: a stratum of a group it is in before the first group
   * whose criteria failed, else that group's failure.
   */
  private int patientRows(PatientRecord p, Memberships in, int j, int[] out, int[] strata, PatientStrata known,
      int[] extraStrata) {
    int n = 0;
    boolean first = true;
    for (int w = 0, words = in.words; w < words; w++) {
      for (long bits = in.groups[j * words + w]; bits != 0; bits &= bits - 1) {
        int k = w * 64 + Long.numberOfTrailingZeros(bits);
        if (first) {
          extraStrata(p, known, extraStrata);
          first = false;
        }
        int rows = strataRows(groupStrata[k], groupShape[k].stratifierBase(), known, p, extraStrata, strata);
        int row = groupShape[k].base() / CountLayout.POPULATIONS;
        if (groupPatientCriteria[k] != null) {
          n = pairs(in.masks[k][j], row, rows, strata, out, n);
        } else {
          int[] masks = in.episodeMasks[k];
          for (int e = in.episodeStart[k][j], last = in.episodeStart[k][j + 1]; e < last; e++) {
            if (masks[e] != 0) {
              n = pairs(masks[e], row, rows, strata, out, n);
            }
          }
        }
      }
    }
    if (in.failure[j] != null) {
      throw in.failure[j];
    }
    return n;
  }

  /** Writes a mask's pairs for a group's row and its strata's rows from {@code n}; returns the new end (counting on past a short {@code out}). */
  private static int pairs(int mask, int row, int rows, int[] strata, int[] out, int n) {
    if (n + 2 + 2 * rows > out.length) {
      return n + 2 + 2 * rows;
    }
    out[n++] = row;
    out[n++] = mask;
    for (int s = 0; s < rows; s++) {
      out[n++] = strata[s];
      out[n++] = mask;
    }
    return n;
  }

  /**
   * The memberships of the patients of a block, evaluated one group after another: each group's
   * criteria run for every patient of the block before the next group's, so that the same
   * criteria (and the same columns) are at work for a run of patients; the shared definitions a
   * patient's groups use are still evaluated once per patient ({@link PatientRecord} keeps them
   * for a block). A patient whose criteria fail is not evaluated for the later groups. Not
   * thread-safe.
   */
  private final class Memberships {
    /** For each patient-basis group: the membership mask of each patient of the block. */
    final int[][] masks = new int[groupShape.length][];
    /** For each episode-basis group: the masks of the patients' episodes, one patient after another. */
    final int[][] episodeMasks = new int[groupShape.length][];
    /** For each episode-basis group: where each patient's episodes start in {@link #episodeMasks} (and where the last ends). */
    final int[][] episodeStart = new int[groupShape.length][];
    /** Longs per patient in {@link #groups}. */
    final int words = (groupShape.length + 63) / 64;
    /**
     * For each patient of the block, {@link #words} longs: bit {@code k} set if the patient is in
     * group {@code k} (a non-zero mask, of at least one episode for an episode basis).
     */
    final long[] groups = new long[BLOCK * words];
    /** For each patient of the block: the failure of the first group whose criteria failed, else null (the patient is not evaluated for later groups). */
    final PatientFailure[] failure = new PatientFailure[BLOCK];

    Memberships() {
      for (int k = 0; k < groupShape.length; k++) {
        if (groupPatientCriteria[k] != null) {
          masks[k] = new int[BLOCK];
        } else {
          episodeMasks[k] = new int[BLOCK];
          episodeStart[k] = new int[BLOCK + 1];
        }
      }
    }

    /** The most episodes a patient of the block has in any one episode-basis group, at least 1. */
    int mostEpisodes(int j) {
      int most = 1;
      for (int[] starts : episodeStart) {
        if (starts != null) {
          most = Math.max(most, starts[j + 1] - starts[j]);
        }
      }
      return most;
    }

    /** Evaluates every group for patients {@code from} (inclusive) to {@code to} (exclusive, at most a block). */
    void evaluate(PatientRecord p, int from, int to) {
      int count = to - from;
      java.util.Arrays.fill(groups, 0, count * words, 0L);
      java.util.Arrays.fill(failure, 0, count, null);
      for (int k = 0; k < groupShape.length; k++) {
        Scoring scoring = groupScoring[k];
        int declared = groupShape[k].populationMask();
        int word = k >>> 6;
        long bit = 1L << k;
        PatientCriteria patientCriteria = groupPatientCriteria[k];
        EpisodeCriteria episodeCriteria = groupEpisodeCriteria[k];
        int[] starts = episodeStart[k];
        int n = 0;
        for (int j = 0; j < count; j++) {
          if (starts != null) {
            starts[j] = n;
          }
          if (failure[j] != null) {
            continue;
          }
          p.moveTo(from + j);
          try {
            if (patientCriteria != null) {
              int mask = MembershipRules.patient(scoring, declared, patientCriteria, p);
              masks[k][j] = mask;
              if (mask != 0) {
                groups[j * words + word] |= bit;
              }
            } else {
              boolean any = false;
              for (int e = 0, episodes = episodeCriteria.episodes(p); e < episodes; e++) {
                int mask = MembershipRules.episode(scoring, declared, episodeCriteria, p, e);
                if (n == episodeMasks[k].length) {
                  episodeMasks[k] = java.util.Arrays.copyOf(episodeMasks[k], n * 2);
                }
                episodeMasks[k][n++] = mask;
                any |= mask != 0;
              }
              if (any) {
                groups[j * words + word] |= bit;
              }
            }
          } catch (PatientFailure e) {
            // the episodes stored before the failure are never read: the patient is not counted
            failure[j] = e;
          }
        }
        if (starts != null) {
          starts[count] = n;
        }
      }
    }
  }

  /**
   * Writes into {@code out} the count row of the patient's stratum of every stratifier,
   * supplemental element and extra stratifier of a group that has one (in that order); returns
   * their number.
   */
  private static int strataRows(int[] at, int[] stratifierBase, PatientStrata known, PatientRecord p,
      int[] extraStrata, int[] out) {
    int m = 0;
    for (int s = 0; s < at.length; s++) {
      int v = known.stratum(at[s], p);
      if (v >= 0) {
        out[m++] = stratifierBase[s] / CountLayout.POPULATIONS + v;
      }
    }
    for (int s = 0; s < extraStrata.length; s++) {
      if (extraStrata[s] >= 0) {
        out[m++] = stratifierBase[at.length + s] / CountLayout.POPULATIONS + extraStrata[s];
      }
    }
    return m;
  }

  /** The patient's stratum of every extra stratifier, each simple stratifier computed once. */
  private void extraStrata(PatientRecord p, PatientStrata known, int[] out) {
    for (int e = 0; e < out.length; e++) {
      int[] ps = parts[e];
      int[] rs = radix[e];
      int index = 0;
      int mul = 1;
      for (int c = 0; c < ps.length; c++) {
        int k = known.stratum(bases[ps[c]], p);
        if (k < 0) {
          index = -1;
          break;
        }
        index += k * mul;
        mul *= rs[c];
      }
      out[e] = index;
    }
  }

  /**
   * The strata of the patients of a block, each distinct stratifier computed at most once per
   * patient. The strata of a block of patients are computed together, one stratifier at a time,
   * before the block's patients are evaluated: each pass reads the few demographic columns it
   * needs (sex, race, ethnicity, coverage...) one after another, so the memory system streams
   * them instead of fetching a line of each of them for every patient among the measures' own
   * reads. A stratifier that fails for a patient is left to the patient's own evaluation, which
   * computes it again (and fails) only if a group the patient is in reports it, as before. Not
   * thread-safe.
   */
  private static final class PatientStrata {
    /** A stratum not yet computed for the patient (the stratifier failed in the block pass). */
    private static final int DEFERRED = Integer.MIN_VALUE;
    private final Stratifier[] stratifiers;
    /** The strata of the block: {@code values[k * BLOCK + (patient - blockStart)]}. */
    private final int[] values;
    private int blockStart;

    PatientStrata(Stratifier[] stratifiers) {
      this.stratifiers = stratifiers;
      this.values = new int[stratifiers.length * BLOCK];
    }

    /** Computes every stratum of patients {@code from} (inclusive) to {@code to} (exclusive, at most a block). */
    void precompute(PatientRecord p, int from, int to) {
      blockStart = from;
      for (int k = 0; k < stratifiers.length; k++) {
        Stratifier s = stratifiers[k];
        int base = k * BLOCK - from;
        for (int i = from; i < to; i++) {
          p.moveTo(i);
          int v;
          try {
            v = s.stratum(p);
          } catch (RuntimeException e) {
            v = DEFERRED;
          }
          values[base + i] = v;
        }
      }
    }

    int stratum(int k, PatientRecord p) {
      int v = values[k * BLOCK + p.index() - blockStart];
      return v != DEFERRED ? v : stratifiers[k].stratum(p);
    }
  }

  /**
   * The membership masks of one patient: for each measure, for each group, the mask of
   * {@link Population#bit()} (patient basis) — or for an episode basis the counts — as counts by
   * population.
   *
   * @param patient the patient index
   * @return the counts of the patient alone
   * @throws PatientFailure if the patient cannot be evaluated
   */
  public PopulationCounts evaluatePatient(int patient) {
    ValueWithFailures<PopulationCounts> r = evaluate(patient, patient + 1);
    if (!r.failures().isEmpty()) {
      Failure f = r.failures().get(0);
      throw new PatientFailure(f.code(), f.path(), f.message());
    }
    return r.values().get(0);
  }

  /**
   * Explains one patient: for every population of every group, in or out, the criterion's own
   * truth and the facts it cited. Slow path: allocates freely.
   *
   * @param patient the patient index
   * @return the explanation
   */
  public PatientExplanation explain(int patient) {
    List<PatientExplanation.GroupExplanation> out = new ArrayList<>();
    Recorder recorder = new Recorder();
    PatientRecord p = new PatientRecord(context, recorder);
    p.moveTo(patient);
    try {
      for (int m = 0; m < measures.size(); m++) {
        Scoring scoring = measures.get(m).scoring();
        for (int g = 0; g < groups.get(m).size(); g++) {
          GroupDefinition group = groups.get(m).get(g);
          int declared = group.populationMask();
          List<PopulationExplanation> pops = new ArrayList<>();
          if (group.basis() == PopulationBasis.PATIENT) {
            PatientCriteria c = group.patientCriteria();
            p.evidence(Evidence.NONE);
            p.moveTo(patient);
            int mask = MembershipRules.patient(scoring, declared, c, p);
            p.evidence(recorder);
            for (Population pop : group.populations()) {
              recorder.facts.clear();
              boolean criterion = criterion(c, pop, p);
              pops.add(new PopulationExplanation(pop, MembershipRules.has(mask, pop) ? 1 : 0, criterion,
                  List.copyOf(recorder.facts)));
            }
          } else {
            EpisodeCriteria c = group.episodeCriteria();
            p.evidence(Evidence.NONE);
            int[] counts = new int[Population.values().length];
            List<List<FactReference>> facts = new ArrayList<>();
            for (int i = 0; i < counts.length; i++) {
              facts.add(new ArrayList<>());
            }
            for (int e = 0; e < c.episodes(p); e++) {
              int mask = MembershipRules.episode(scoring, declared, c, p, e);
              for (Population pop : group.populations()) {
                if (MembershipRules.has(mask, pop)) {
                  counts[pop.ordinal()]++;
                  if (c.episodeKind() != null && c.episodeRow(p, e) >= 0) {
                    facts.get(pop.ordinal()).add(reference(c.episodeKind(), c.episodeRow(p, e)));
                  }
                }
              }
            }
            for (Population pop : group.populations()) {
              pops.add(new PopulationExplanation(pop, counts[pop.ordinal()], false,
                  List.copyOf(facts.get(pop.ordinal()))));
            }
            p.evidence(recorder);
          }
          out.add(new PatientExplanation.GroupExplanation(measures.get(m).identity().canonicalUrl(), g, pops));
        }
      }
    } catch (PatientFailure e) {
      return new PatientExplanation(data.id(patient), out, Optional.of(e.getMessage()));
    }
    return new PatientExplanation(data.id(patient), out, Optional.empty());
  }

  private static boolean criterion(PatientCriteria c, Population pop, PatientRecord p) {
    switch (pop) {
      case INITIAL_POPULATION:
        return c.initialPopulation(p);
      case DENOMINATOR:
        return c.denominator(p);
      case DENOMINATOR_EXCLUSION:
        return c.denominatorExclusion(p);
      case NUMERATOR:
        return c.numerator(p);
      case NUMERATOR_EXCLUSION:
        return c.numeratorExclusion(p);
      case DENOMINATOR_EXCEPTION:
        return c.denominatorException(p);
      case MEASURE_POPULATION:
        return c.measurePopulation(p);
      default:
        return c.measurePopulationExclusion(p);
    }
  }

  private FactReference reference(FactKind kind, int row) {
    FactTable t = data.table(kind);
    List<Code> codes = new ArrayList<>();
    for (int i = t.codeStart(CodedField.CODE, row); i < t.codeEnd(CodedField.CODE, row); i++) {
      codes.add(data.codes().toCode(t.codeAt(CodedField.CODE, i)));
    }
    TimeField f = kind.timeFields().contains(TimeField.START) ? TimeField.START
        : kind.timeFields().contains(TimeField.AUTHORED_ON) ? TimeField.AUTHORED_ON
        : kind.timeFields().iterator().next();
    return new FactReference(kind.resourceType(), t.resourceId(row), codes,
        DateTimes.format(t.instant(f, row), t.meta(f, row)));
  }

  private final class Recorder implements Evidence {
    final List<FactReference> facts = new ArrayList<>();

    @Override
    public void cite(FactKind kind, int row) {
      FactReference r = reference(kind, row);
      if (!facts.contains(r)) {
        facts.add(r);
      }
    }
  }

  private final class Range extends RecursiveTask<ValueWithFailures<PopulationCounts>> {
    private static final long serialVersionUID = 1L;
    private final int from;
    private final int to;
    private final int leaf;

    Range(int from, int to, int leaf) {
      this.from = from;
      this.to = to;
      this.leaf = leaf;
    }

    @Override
    protected ValueWithFailures<PopulationCounts> compute() {
      if (to - from <= leaf) {
        return evaluate(from, to);
      }
      int mid = (from + to) >>> 1;
      Range left = new Range(from, mid, leaf);
      left.fork();
      ValueWithFailures<PopulationCounts> right = new Range(mid, to, leaf).compute();
      ValueWithFailures<PopulationCounts> l = left.join();
      // both counts are this task's own, never seen by a caller: add in place
      return ValueWithFailures.<PopulationCounts>builder()
          .addValues(l.values().get(0).addInPlace(right.values().get(0)))
          .addAllFailures(l.failures()).addAllFailures(right.failures()).build();
    }
  }
}
