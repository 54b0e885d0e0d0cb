/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.puf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.acokit.io.RowFailure;
import org.acokit.io.ValueWithFailures;
import org.acokit.program.mssp.MsspTrack;

/**
 * Reads CMS's Medicare Shared Savings Program public use files (PUF), every performance year
 * 2013-2024, into {@link PufRecord}s of one shape.
 * <p>
 * Every cell is read as text and converted here. Columns are found by name, ignoring case, under
 * the names CMS used over the years ({@code ACO_ID} or {@code ACO_Num}, {@code Current_Start_Date}
 * or {@code Start_Date}, {@code N_AB_Year_PY} or 2014's {@code N_AB_Year}, {@code MaxShareRate} or
 * {@code QualPerfShare}, ...). A row that cannot be read becomes a {@link RowFailure} naming the
 * column, the value and what was expected, and the rest of the file is still read; blank rows are
 * skipped. Cells that are blank, {@code -} (not applicable), {@code *} (suppressed), {@code NA},
 * {@code N/A} or {@code .} read as empty.
 * <p>
 * Normalization:
 * <ul>
 *   <li>Money and counts: {@code $}, thousands separators and spaces are dropped; parentheses or a
 *       leading minus mean negative.</li>
 *   <li>Rates ({@code Sav_rate}, {@code MinSavPerc}, {@code QualScore}, {@code QualPerfShare},
 *       {@code MaxShareRate}, {@code FinalShareRate}, {@code FinalLossRate}) become fractions. Each
 *       rate column of a file (of each year, in a multi-year file) is in percent when any of its
 *       values carries a {@code %} sign or exceeds 1 in magnitude, and in fractions otherwise. This
 *       tells apart, from the data itself, the 2014 original ({@code Sav_rate} and
 *       {@code MinSavPerc} in percent, {@code QualScore} and {@code FinalShareRate} as fractions),
 *       the 2015 data.cms.gov file ({@code QualScore}, {@code QualPerfShare} and
 *       {@code FinalShareRate} in percent, the other rates as fractions), 2021's bare percent
 *       {@code QualScore} next to {@code %} strings, 2022-2023's {@code %} strings and 2024's bare
 *       percent numbers. A column whose values all lie within [-1, 1] reads as fractions.</li>
 *   <li>Quality: {@code QualScore} {@code P4R}, or blank in 2013-2015 (ACOs in their first,
 *       pay-for-reporting year), means pay for reporting with no score, unless the published final
 *       sharing rate is 0: then the ACO did not report and the record has no pay for reporting and
 *       a quality score of 0 (three ACOs in 2014, one in 2015). 2013's {@code QualScore} is a reporting
 *       flag read the same way: 1 is pay for reporting, 0 (11 ACOs) a quality score of 0.</li>
 *   <li>Track: 2013's {@code Track 2 ACO} flag; 2014-2015's {@code Track1}/{@code Track2} flags;
 *       2016-2021's {@code Current_Track_1}, {@code Current_Track_1_Plus},
 *       {@code Current_Track_2}, {@code Current_Track_3}, {@code Current_BASIC_A}-{@code E} and
 *       {@code Current_ENHANCED} flags (exactly one must be set); from 2022 {@code Current_Track}
 *       = {@code A}-{@code E} (BASIC levels) or {@code EN} (ENHANCED).</li>
 *   <li>Dates in any of the published forms ({@code 1/1/14}, {@code 01/01/2016 12:00:00 AM},
 *       {@code 7/1/2019}, {@code 2019-07-01}, {@code 01JUL2019}); flags as 1/0, Y/N, Yes/No or
 *       TRUE/FALSE.</li>
 * </ul>
 * The 2013 file ({@code py2013.csv}) has descriptive headers that do not line up with its data and
 * is read by position; see {@link #read(Path, int)}. Pure functions; thread-safe.
 */
public final class PufReader {

  /**
   * The primary file of every performance year 2013-2024, in year order, as named in the shared
   * data folder {@code mssp-puf/}.
   */
  public static final List<String> PRIMARY_FILES = List.of(
      "py2013.csv",
      "py2014.csv",
      "py2015-datacms.csv",
      "py2016-datacms.csv",
      "py2017-datacms.csv",
      "py2018.csv",
      "py2019-standardized.csv",
      "py2020-standardized.csv",
      "py2021.csv",
      "py2022.csv",
      "py2023.csv",
      "py2024.csv");

  private static final Pattern YEAR_IN_NAME = Pattern.compile("py(\\d{4})", Pattern.CASE_INSENSITIVE);
  private static final int FIRST_YEAR = 2012;
  private static final int LAST_YEAR = 2099;

  private PufReader() {
  }

  /**
   * The performance year in a file name, from the pattern {@code py} followed by four digits.
   *
   * @param fileName a file name such as {@code py2019-standardized.csv}
   * @return the year, or empty if the name has none
   */
  public static OptionalInt performanceYearOf(String fileName) {
    Matcher m = YEAR_IN_NAME.matcher(fileName);
    return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
  }

  /**
   * Reads one public use file of one performance year, recognising the year from the file name
   * ({@code py2015-datacms.csv}, {@code py2022-reissue.csv}, ...).
   *
   * @param file the CSV file
   * @return the records read and a failure for every row that could not be read
   * @throws IllegalArgumentException if the file does not exist, the name carries no performance
   *     year ({@code py} and four digits), or the file is not a public use file this reader knows
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public static ValueWithFailures<PufRecord> read(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    OptionalInt year = performanceYearOf(name);
    if (year.isEmpty()) {
      throw new IllegalArgumentException("cannot recognise the performance year of public use file " + file
          + ": its name has no 'py' followed by a four-digit year (such as py2022.csv); use read(file, year), "
          + "or readMultiYear(file) for a file with a performance_year column");
    }
    return read(file, year.getAsInt());
  }

  /**
   * Reads one public use file of one performance year.
   * <p>
   * A {@code year} or {@code performance_year} column, if the file has one, must agree with the
   * year given (a row that disagrees is a failure).
   * <p>
   * The 2013 file, recognised by its descriptive header {@code ACO Identifier}, is read by position
   * because its headers are shifted against its data from the 13th column on. The data columns
   * (1-based) hold: 1 ACO identifier, 2 name, 3 start date, 4 Track 2 flag, 8 quality reporting
   * flag (1 = reported: pay for reporting; 0 = not reported: no sharing, read as a quality score
   * of 0), 9 quality performance sharing rate (the track's maximum sharing rate), 10 final sharing
   * rate, 12 minimum savings rate (a fraction printed with a stray {@code %}), 13 total benchmark
   * expenditures, 14 total expenditures (a column the header does not name), 15 total
   * savings/losses, 16 shared savings, 17 shared losses (negative, blank when none), 18 assigned
   * beneficiaries, 19 person-years, 20-23 person-years by enrollment type; 24-35 hold the
   * demographic counts headed one column to their left, the header's "Total performance year
   * spending per assigned beneficiary" has no data, and from column 36 (expenditures per ESRD
   * beneficiary) on headers and data agree again. Each 2013 row is checked: benchmark minus
   * expenditures must equal total savings/losses within $1. The 2013 file publishes no savings
   * rate, and for ACOs that started in 2012 its totals cover their 18- or 21-month first
   * performance period; {@link PufRecord#columns()} keeps the published (misaligned) headers.
   *
   * @param file the CSV file
   * @param performanceYear the performance year of every row
   * @return the records read and a failure for every row that could not be read
   * @throws IllegalArgumentException if the file does not exist, the year is outside 2012-2099,
   *     or the file is not a public use file this reader knows
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public static ValueWithFailures<PufRecord> read(Path file, int performanceYear) {
    if (performanceYear < FIRST_YEAR || performanceYear > LAST_YEAR) {
      throw new IllegalArgumentException("performanceYear must be between " + FIRST_YEAR + " and " + LAST_YEAR
          + " inclusive, but was " + performanceYear);
    }
    PufFile puf = PufFile.read(file);
    if (Layout2013.matches(puf)) {
      return Layout2013.read(puf, performanceYear);
    }
    return readByHeader(puf, OptionalInt.of(performanceYear));
  }

  /**
   * Reads a file that holds several performance years, such as
   * {@code all-years-2013-2021-standardized.csv}: each row's year comes from its
   * {@code performance_year} (or {@code year}) column, and the rates of each year are normalized
   * separately. Otherwise as {@link #read(Path, int)}.
   * <p>
   * Note that the standardized all-years file leaves the ACO identifier blank for 2013-2017, so
   * those rows are failures; read the primary files for those years.
   *
   * @param file the CSV file
   * @return the records read and a failure for every row that could not be read
   * @throws IllegalArgumentException if the file does not exist or has no {@code performance_year}
   *     or {@code year} column
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public static ValueWithFailures<PufRecord> readMultiYear(Path file) {
    PufFile puf = PufFile.read(file);
    if (Layout2013.matches(puf) || puf.column("performance_year", "year").isEmpty()) {
      throw new IllegalArgumentException("public use file " + file
          + " has no performance_year or year column: use read(file) or read(file, year) for a file of one year");
    }
    return readByHeader(puf, OptionalInt.empty());
  }

  /**
   * Reads the primary file of every performance year 2013-2024 ({@link #PRIMARY_FILES}) from a
   * folder, in year order.
   *
   * @param mssPufDirectory the folder, such as {@code shared/data/mssp-puf}
   * @return the records of all years and a failure for every row that could not be read
   * @throws IllegalArgumentException if the folder or one of the files does not exist (naming the
   *     paths)
   * @throws java.io.UncheckedIOException if a file cannot be read
   */
  public static ValueWithFailures<PufRecord> readPrimaryFiles(Path mssPufDirectory) {
    if (!Files.isDirectory(mssPufDirectory)) {
      throw new IllegalArgumentException("public use file folder " + mssPufDirectory + " does not exist");
    }
    List<Path> missing = PRIMARY_FILES.stream().map(mssPufDirectory::resolve)
        .filter(path -> !Files.isRegularFile(path)).collect(Collectors.toList());
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("public use file" + (missing.size() > 1 ? "s " : " ")
          + missing.stream().map(Path::toString).collect(Collectors.joining(", "))
          + (missing.size() > 1 ? " do" : " does") + " not exist");
    }
    ValueWithFailures.Builder<PufRecord> all = ValueWithFailures.builder();
    for (String name : PRIMARY_FILES) {
      ValueWithFailures<PufRecord> one = read(mssPufDirectory.resolve(name));
      all.addAllValues(one.values()).addAllFailures(one.failures());
    }
    return all.build();
  }

  // ---------------------------------------------------------------------------------------------
  // Files with one row of named columns (2014-2024 and the standardized files).

  /** Track flags of 2014-2021, by column name. */
  private static final List<Map.Entry<String, MsspTrack>> TRACK_FLAGS = List.of(
      Map.entry("Track1", MsspTrack.TRACK_1),
      Map.entry("Track2", MsspTrack.TRACK_2),
      Map.entry("Current_Track_1", MsspTrack.TRACK_1),
      Map.entry("Current_Track_1_Plus", MsspTrack.TRACK_1_PLUS),
      Map.entry("Current_Track_2", MsspTrack.TRACK_2),
      Map.entry("Current_Track_3", MsspTrack.TRACK_3),
      Map.entry("Current_BASIC_A", MsspTrack.BASIC_A),
      Map.entry("Current_BASIC_B", MsspTrack.BASIC_B),
      Map.entry("Current_BASIC_C", MsspTrack.BASIC_C),
      Map.entry("Current_BASIC_D", MsspTrack.BASIC_D),
      Map.entry("Current_BASIC_E", MsspTrack.BASIC_E),
      Map.entry("Current_ENHANCED", MsspTrack.ENHANCED));

  /** The columns of a file with named columns, looked up once. */
  private static final class Columns {
    final Optional<PufFile.Column> acoId;
    final Optional<PufFile.Column> acoName;
    final Optional<PufFile.Column> year;
    final Optional<PufFile.Column> start;
    final Optional<PufFile.Column> period;
    final Optional<PufFile.Column> beneficiaries;
    final Optional<PufFile.Column> personYears;
    final Optional<PufFile.Column> benchmark;
    final Optional<PufFile.Column> expenditures;
    final Optional<PufFile.Column> updatedBenchmark;
    final Optional<PufFile.Column> historicalBenchmark;
    final Optional<PufFile.Column> generated;
    final Optional<PufFile.Column> savingsRate;
    final Optional<PufFile.Column> minimumSavingsRate;
    final Optional<PufFile.Column> qualityScore;
    final Optional<PufFile.Column> metQps;
    final Optional<PufFile.Column> metAltQps;
    final Optional<PufFile.Column> maximumSharingRate;
    final Optional<PufFile.Column> finalSharingRate;
    final Optional<PufFile.Column> finalLossRate;
    final Optional<PufFile.Column> earned;
    final Optional<PufFile.Column> disasterAdjustment;
    final Optional<PufFile.Column> revenueLossLimit;
    final Optional<PufFile.Column> revenueCategory;
    final Optional<PufFile.Column> reducedSharingRate;
    final Optional<PufFile.Column> track;
    final List<Map.Entry<PufFile.Column, MsspTrack>> trackFlags = new ArrayList<>();

    Columns(PufFile f) {
      acoId = f.column("ACO_ID", "ACO_Num");
      acoName = f.column("ACO_Name");
      year = f.column("performance_year", "year");
      start = f.column("Current_Start_Date", "Start_Date");
      period = f.column("Agreement_Period_Num");
      beneficiaries = f.column("N_AB");
      personYears = f.column("N_AB_Year_PY", "N_AB_Year");
      benchmark = f.column("ABtotBnchmk");
      expenditures = f.column("ABtotExp");
      updatedBenchmark = f.column("UpdatedBnchmk");
      historicalBenchmark = f.column("HistBnchmk");
      generated = f.column("GenSaveLoss");
      savingsRate = f.column("Sav_rate");
      minimumSavingsRate = f.column("MinSavPerc");
      qualityScore = f.column("QualScore");
      metQps = f.column("Met_QPS");
      metAltQps = f.column("Met_AltQPS");
      maximumSharingRate = f.column("MaxShareRate", "QualPerfShare");
      finalSharingRate = f.column("FinalShareRate");
      finalLossRate = f.column("FinalLossRate");
      earned = f.column("EarnSaveLoss");
      disasterAdjustment = f.column("DisAdj");
      revenueLossLimit = f.column("RevLossLimit");
      revenueCategory = f.column("Rev_Exp_Cat");
      reducedSharingRate = f.column("ReducedSS");
      track = f.column("Current_Track");
      for (Map.Entry<String, MsspTrack> flag : TRACK_FLAGS) {
        f.column(flag.getKey()).ifPresent(c -> trackFlags.add(Map.entry(c, flag.getValue())));
      }
    }
  }

  private static ValueWithFailures<PufRecord> readByHeader(PufFile puf, OptionalInt fixedYear) {
    Columns c = new Columns(puf);
    ValueWithFailures.Builder<PufRecord> result = ValueWithFailures.builder();
    // The year of every row, known before reading the rates: their scale is decided per year.
    List<Integer> years = new ArrayList<>();
    for (PufFile.Row row : puf.rows) {
      if (fixedYear.isPresent()) {
        years.add(fixedYear.getAsInt());
      } else {
        String raw = row.cell(c.year.get().index);
        Integer year = null;
        if (!PufFile.isMissing(raw)) {
          try {
            year = PufFile.wholeNumber(raw);
          } catch (IllegalArgumentException e) {
            year = null;
          }
        }
        years.add(year);
      }
    }
    Scales scales = new Scales(puf, years);
    for (int i = 0; i < puf.rows.size(); i++) {
      PufFile.Row row = puf.rows.get(i);
      RowParser p = new RowParser(row);
      Integer year = years.get(i);
      if (year == null || year < FIRST_YEAR || year > LAST_YEAR) {
        String raw = row.cell(c.year.get().index);
        result.addFailures(RowFailure.of(puf.fileName, row.number, "column " + c.year.get().name + ": '" + raw
            + "' is not a performance year (expected a year such as 2019)"));
        continue;
      }
      if (fixedYear.isPresent() && c.year.isPresent()) {
        p.whole(c.year, "the performance year " + year).ifPresent(published -> {
          if (published != fixedYear.getAsInt()) {
            p.problems.add("column " + c.year.get().name + ": " + published
                + " does not match the performance year " + fixedYear.getAsInt() + " the file is read as");
          }
        });
      }
      Optional<PufRecord> record = readRow(puf, c, scales, row, year, p);
      if (p.problems.isEmpty() && record.isPresent()) {
        result.addValues(record.get());
      } else {
        result.addFailures(RowFailure.of(puf.fileName, row.number, String.join("; ", p.problems)));
      }
    }
    puf.parseError.ifPresent(error -> result.addFailures(RowFailure.of(puf.fileName, puf.parseErrorRow, error)));
    return result.build();
  }

  private static Optional<PufRecord> readRow(PufFile puf, Columns c, Scales scales, PufFile.Row row, int year,
      RowParser p) {
    PufRecord.Builder b = PufRecord.builder()
        .sourceFile(puf.fileName)
        .row(row.number)
        .performanceYear(year)
        .columns(puf.columns(row));
    Optional<String> acoId = p.text(c.acoId);
    if (acoId.isEmpty()) {
      p.problems.add(c.acoId.map(col -> "column " + col.name + ": the ACO identifier is missing")
          .orElse("the file has no ACO identifier column (ACO_ID, ACO_Num)")
          + " (expected an identifier such as A1540)");
    }
    b.acoId(acoId.orElse(""));
    b.acoName(p.text(c.acoName).orElse(""));
    b.agreementStart(p.date(c.start));
    b.agreementPeriodNumber(p.whole(c.period, "an agreement period number such as 2"));
    b.assignedBeneficiaries(p.whole(c.beneficiaries, "a number of assigned beneficiaries such as 7207"));
    b.personYears(p.number(c.personYears, "a number of person-years such as 6999.5"));
    b.totalBenchmarkExpenditures(p.money(c.benchmark));
    b.totalExpenditures(p.money(c.expenditures));
    b.updatedBenchmark(p.money(c.updatedBenchmark));
    b.historicalBenchmark(p.money(c.historicalBenchmark));
    b.generatedSavingsLosses(p.money(c.generated));
    b.earnedSavingsLosses(p.money(c.earned));
    b.disasterAdjustment(p.money(c.disasterAdjustment));
    b.savingsRate(p.rate(c.savingsRate, scales.percent(c.savingsRate, year)));
    b.minimumSavingsRate(p.rate(c.minimumSavingsRate, scales.percent(c.minimumSavingsRate, year)));
    b.maximumSharingRate(p.rate(c.maximumSharingRate, scales.percent(c.maximumSharingRate, year)));
    b.finalSharingRate(p.rate(c.finalSharingRate, scales.percent(c.finalSharingRate, year)));
    b.finalLossRate(p.rate(c.finalLossRate, scales.percent(c.finalLossRate, year)));
    b.metQualityStandard(p.flag(c.metQps));
    b.metAlternativeQualityStandard(p.flag(c.metAltQps));
    b.revenueLossLimit(p.flag(c.revenueLossLimit));
    b.reducedSharingRate(p.flag(c.reducedSharingRate));
    b.revenueCategory(p.text(c.revenueCategory));
    quality(c, scales, row, year, p, b);
    b.track(track(c, p));
    return p.problems.isEmpty() ? Optional.of(b.build()) : Optional.empty();
  }

  private static void quality(Columns c, Scales scales, PufFile.Row row, int year, RowParser p,
      PufRecord.Builder b) {
    b.payForReporting(false);
    if (c.qualityScore.isEmpty()) {
      return;
    }
    PufFile.Column column = c.qualityScore.get();
    String raw = row.cell(column.index).trim();
    if ("P4R".equalsIgnoreCase(raw) || (PufFile.isMissing(raw) && year <= 2015)) {
      // A pay-for-reporting ACO with a published final sharing rate of 0 did not report: no sharing.
      reportingFlag(!isZero(row, c.finalSharingRate), b);
    } else if (year == 2013) {
      // 2013 was a pay-for-reporting year: the column is a 0/1 reporting flag.
      p.flag(c.qualityScore).ifPresent(reported -> reportingFlag(reported, b));
    } else {
      b.qualityScore(p.rate(c.qualityScore, scales.percent(c.qualityScore, year)));
    }
  }

  private static boolean isZero(PufFile.Row row, Optional<PufFile.Column> column) {
    if (column.isEmpty() || PufFile.isMissing(row.cell(column.get().index))) {
      return false;
    }
    try {
      return PufFile.rate(row.cell(column.get().index), false) == 0.0;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * A reporting flag (2013's, or a pay-for-reporting row's): reported means pay for reporting;
   * not reported means no sharing, read as a quality score of 0.
   */
  private static void reportingFlag(boolean reported, PufRecord.Builder b) {
    if (reported) {
      b.payForReporting(true);
    } else {
      b.payForReporting(false).qualityScore(0.0);
    }
  }

  private static Optional<MsspTrack> track(Columns c, RowParser p) {
    if (c.track.isPresent()) {
      return p.text(c.track).flatMap(code -> {
        Optional<MsspTrack> track = trackCode(code);
        if (track.isEmpty()) {
          p.problems.add("column " + c.track.get().name + ": '" + code
              + "' is not a track (expected A, B, C, D or E for the BASIC levels, or EN for ENHANCED)");
        }
        return track;
      });
    }
    if (c.trackFlags.isEmpty()) {
      return Optional.empty();
    }
    List<String> set = new ArrayList<>();
    MsspTrack found = null;
    boolean anyPublished = false;
    for (Map.Entry<PufFile.Column, MsspTrack> flag : c.trackFlags) {
      Optional<Boolean> value = p.flag(Optional.of(flag.getKey()));
      anyPublished |= value.isPresent();
      if (value.orElse(false)) {
        set.add(flag.getKey().name);
        found = flag.getValue();
      }
    }
    if (!anyPublished) {
      return Optional.empty();
    }
    if (set.size() != 1) {
      String names = c.trackFlags.stream().map(e -> e.getKey().name).collect(Collectors.joining(", "));
      p.problems.add((set.isEmpty() ? "no track flag is set" : "track flags " + String.join(", ", set) + " are all set")
          + " (expected exactly one of " + names + " to be 1)");
      return Optional.empty();
    }
    return Optional.of(found);
  }

  /** A {@code Current_Track} code: A-E, EN, or a track label or name. */
  private static Optional<MsspTrack> trackCode(String code) {
    String text = code.trim().toUpperCase(Locale.ROOT);
    switch (text) {
      case "A":
        return Optional.of(MsspTrack.BASIC_A);
      case "B":
        return Optional.of(MsspTrack.BASIC_B);
      case "C":
        return Optional.of(MsspTrack.BASIC_C);
      case "D":
        return Optional.of(MsspTrack.BASIC_D);
      case "E":
        return Optional.of(MsspTrack.BASIC_E);
      case "EN":
        return Optional.of(MsspTrack.ENHANCED);
      default:
        try {
          return Optional.of(MsspTrack.parse(code));
        } catch (IllegalArgumentException e) {
          return Optional.empty();
        }
    }
  }

  /** Whether each rate column is in percent, decided from the values of each year. */
  private static final class Scales {
    private final PufFile puf;
    private final List<Integer> years;
    private final Map<String, Boolean> percent = new HashMap<>();

    Scales(PufFile puf, List<Integer> years) {
      this.puf = puf;
      this.years = years;
    }

    boolean percent(Optional<PufFile.Column> column, int year) {
      if (column.isEmpty()) {
        return false;
      }
      int index = column.get().index;
      return percent.computeIfAbsent(index + ":" + year, key -> {
        for (int i = 0; i < puf.rows.size(); i++) {
          if (years.get(i) == null || years.get(i) != year) {
            continue;
          }
          if (isPercent(puf.rows.get(i).cell(index))) {
            return true;
          }
        }
        return false;
      });
    }

    static boolean isPercent(String raw) {
      if (PufFile.isMissing(raw)) {
        return false;
      }
      if (raw.trim().endsWith("%")) {
        return true;
      }
      try {
        return Math.abs(PufFile.rate(raw, false)) > 1.0;
      } catch (IllegalArgumentException e) {
        return false;
      }
    }
  }

  /** Converts the cells of one row, collecting what is wrong with them. */
  private static final class RowParser {
    final PufFile.Row row;
    final List<String> problems = new ArrayList<>();

    RowParser(PufFile.Row row) {
      this.row = row;
    }

    private <T> Optional<T> parse(Optional<PufFile.Column> column, Function<String, T> parser, String expected) {
      if (column.isEmpty()) {
        return Optional.empty();
      }
      String raw = row.cell(column.get().index);
      if (PufFile.isMissing(raw)) {
        return Optional.empty();
      }
      try {
        return Optional.of(parser.apply(raw));
      } catch (IllegalArgumentException e) {
        problems.add("column " + column.get().name + ": " + e.getMessage() + " (expected " + expected + ")");
        return Optional.empty();
      }
    }

    Optional<String> text(Optional<PufFile.Column> column) {
      return parse(column, String::trim, "text");
    }

    OptionalInt whole(Optional<PufFile.Column> column, String expected) {
      Optional<Integer> value = parse(column, PufFile::wholeNumber, expected);
      return value.isPresent() ? OptionalInt.of(value.get()) : OptionalInt.empty();
    }

    OptionalDouble number(Optional<PufFile.Column> column, String expected) {
      Optional<Double> value = parse(column, PufFile::number, expected);
      return value.isPresent() ? OptionalDouble.of(value.get()) : OptionalDouble.empty();
    }

    OptionalDouble money(Optional<PufFile.Column> column) {
      return number(column, "an amount in dollars such as 2883146, $1,234.50 or (1,234)");
    }

    OptionalDouble rate(Optional<PufFile.Column> column, boolean percent) {
      Optional<Double> value = parse(column, raw -> PufFile.rate(raw, percent),
          "a rate such as 0.0743, 7.43 or 7.43%");
      return value.isPresent() ? OptionalDouble.of(value.get()) : OptionalDouble.empty();
    }

    Optional<Boolean> flag(Optional<PufFile.Column> column) {
      return parse(column, PufFile::flag, "1 or 0 (also Y/N, Yes/No, TRUE/FALSE)");
    }

    Optional<LocalDate> date(Optional<PufFile.Column> column) {
      return parse(column, PufFile::date, "a date such as 7/1/2019, 01/01/2016 12:00:00 AM or 2019-07-01");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // 2013: descriptive headers, misaligned against the data; read by position.

  /**
   * The 2013 layout. Positions are 0-based here (the javadoc of {@link #read(Path, int)} counts
   * from 1):
   * <pre>
   *  data  holds                                   header above it in the file
   *   0    ACO identifier                          ACO Identifier
   *   1    ACO name                                ACO Name
   *   2    start date (MM/dd/yyyy)                 Start Date
   *   3    Track 2 flag (0/1)                      Track 2 ACO
   *   4-6  advance payment status, interim payment election, advance payment amount
   *   7    quality reporting flag (0/1)            Quality Score
   *   8    maximum sharing rate (0.5, 0.6)         Quality Performance Sharing Rate
   *   9    final sharing rate                      Final sharing rate
   *  10    minimum loss rate ("-0.02%" = -2%)      Minimum Loss Rate (%)
   *  11    minimum savings rate ("0.0234%" = 2.34%) Minimum Savings Rate (%)
   *  12    total benchmark expenditures ($)        Total benchmark expenditures ($)
   *  13    total expenditures ($)                  Total savings/losses ($)        - shift starts
   *  14    total savings/losses ($)                Shared Savings ($)
   *  15    shared savings ($)                      Shared Losses ($)
   *  16    shared losses (negative, or blank)      Total number of assigned beneficiaries
   *  17    assigned beneficiaries                  Total assigned beneficiary person years
   *  18    person-years (= sum of 19-22)           ... ESRD person years
   *  19-22 ESRD, disabled, aged/dual, aged/non-dual person-years
   *  23-26 beneficiaries by age; 27-28 by sex; 29-34 by race (34 "Other", printed with a $)
   *  --    (no data)                               Total performance year spending per assigned beneficiary
   *  35-96 expenditures per ESRD/DIS/AGDU/AGND beneficiary, utilization, participants, risk
   *        scores: headers and data agree again.
   * </pre>
   * Evidence: 12 - 13 = 14 to the cent in every row; 18 = 19 + 20 + 21 + 22; the ages, sexes and
   * races (with 34) each add up to the same count; 16 is the loss of the one Track 2 ACO with
   * losses (A14269: -3,986,552.12 = 40% of its -9,966,380.30); 35 onwards match the 2014 file's
   * per-capita expenditures and utilization for the same ACOs.
   */
  private static final class Layout2013 {
    private static final int ID = 0;
    private static final int NAME = 1;
    private static final int START = 2;
    private static final int TRACK_2 = 3;
    private static final int REPORTED = 7;
    private static final int MAXIMUM_SHARING_RATE = 8;
    private static final int FINAL_SHARING_RATE = 9;
    private static final int MINIMUM_SAVINGS_RATE = 11;
    private static final int BENCHMARK = 12;
    private static final int EXPENDITURES = 13;
    private static final int GENERATED = 14;
    private static final int SHARED_SAVINGS = 15;
    private static final int SHARED_LOSSES = 16;
    private static final int BENEFICIARIES = 17;
    private static final int PERSON_YEARS = 18;

    /** Headers of the published file at the positions read, to recognise the layout. */
    private static final List<String> HEADER = List.of(
        "ACO Identifier", "ACO Name", "Start Date", "Track 2 ACO", "Advance pay status", "Interim payment election",
        "Advanced payment amount", "Quality Score", "Quality Performance Sharing Rate", "Final sharing rate",
        "Minimum Loss Rate (%)", "Minimum Savings Rate (%)", "Total benchmark expenditures ($)",
        "Total savings/losses ($)", "Shared Savings ($)", "Shared Losses ($)", "Total number of assigned beneficiaries",
        "Total assigned beneficiary person years", "Total number of ESRD assigned beneficiary person years");

    static boolean matches(PufFile puf) {
      return !puf.header.isEmpty() && "ACO Identifier".equalsIgnoreCase(puf.header.get(0).trim());
    }

    static ValueWithFailures<PufRecord> read(PufFile puf, int year) {
      for (int i = 0; i < HEADER.size(); i++) {
        String found = i < puf.header.size() ? puf.header.get(i).trim() : "";
        if (!HEADER.get(i).equalsIgnoreCase(found)) {
          throw new IllegalArgumentException("public use file " + puf.fileName + " has the descriptive 2013 headers "
              + "but not the published 2013 layout this reader knows: expected '" + HEADER.get(i) + "' at column "
              + (i + 1) + " but found '" + found + "'");
        }
      }
      ValueWithFailures.Builder<PufRecord> result = ValueWithFailures.builder();
      for (PufFile.Row row : puf.rows) {
        RowParser p = new RowParser(row);
        Optional<PufRecord> record = readRow(puf, row, year, p);
        if (p.problems.isEmpty() && record.isPresent()) {
          result.addValues(record.get());
        } else {
          result.addFailures(RowFailure.of(puf.fileName, row.number, String.join("; ", p.problems)));
        }
      }
      puf.parseError.ifPresent(error -> result.addFailures(RowFailure.of(puf.fileName, puf.parseErrorRow, error)));
      return result.build();
    }

    private static Optional<PufFile.Column> at(int index, String meaning) {
      return Optional.of(new PufFile.Column(meaning + " [2013 column " + (index + 1) + "]", index));
    }

    private static Optional<PufRecord> readRow(PufFile puf, PufFile.Row row, int year, RowParser p) {
      PufRecord.Builder b = PufRecord.builder()
          .sourceFile(puf.fileName)
          .row(row.number)
          .performanceYear(year)
          .columns(puf.columns(row));
      Optional<String> acoId = p.text(at(ID, "ACO Identifier"));
      if (acoId.isEmpty()) {
        p.problems.add("column ACO Identifier [2013 column 1]: the ACO identifier is missing "
            + "(expected an identifier such as A67373)");
      }
      b.acoId(acoId.orElse(""));
      b.acoName(p.text(at(NAME, "ACO Name")).orElse(""));
      b.agreementStart(p.date(at(START, "Start Date")));
      b.track(p.flag(at(TRACK_2, "Track 2 ACO")).map(track2 -> track2 ? MsspTrack.TRACK_2 : MsspTrack.TRACK_1));
      b.payForReporting(false);
      p.flag(at(REPORTED, "Quality Score (reporting flag)")).ifPresent(reported -> reportingFlag(reported, b));
      b.maximumSharingRate(p.rate(at(MAXIMUM_SHARING_RATE, "Quality Performance Sharing Rate"), false));
      b.finalSharingRate(p.rate(at(FINAL_SHARING_RATE, "Final sharing rate"), false));
      // A fraction printed with a stray '%': "0.023373146%" is 2.34%.
      b.minimumSavingsRate(p.rate(at(MINIMUM_SAVINGS_RATE, "Minimum Savings Rate"), false));
      OptionalDouble benchmark = p.money(at(BENCHMARK, "Total benchmark expenditures"));
      OptionalDouble expenditures = p.money(at(EXPENDITURES, "total expenditures (unlabeled)"));
      OptionalDouble generated = p.money(at(GENERATED, "Total savings/losses"));
      b.totalBenchmarkExpenditures(benchmark).totalExpenditures(expenditures).generatedSavingsLosses(generated);
      OptionalDouble savings = p.money(at(SHARED_SAVINGS, "Shared Savings"));
      OptionalDouble losses = p.money(at(SHARED_LOSSES, "Shared Losses"));
      if (losses.isPresent() && losses.getAsDouble() != 0) {
        b.earnedSavingsLosses(-Math.abs(losses.getAsDouble()));
      } else {
        b.earnedSavingsLosses(savings);
      }
      b.assignedBeneficiaries(p.whole(at(BENEFICIARIES, "Total number of assigned beneficiaries"),
          "a number of assigned beneficiaries such as 36268"));
      b.personYears(p.number(at(PERSON_YEARS, "Total assigned beneficiary person years"),
          "a number of person-years such as 29883.8"));
      if (benchmark.isPresent() && expenditures.isPresent() && generated.isPresent()
          && Math.abs(benchmark.getAsDouble() - expenditures.getAsDouble() - generated.getAsDouble()) > 1.0) {
        p.problems.add(String.format(Locale.ROOT, "2013 columns 13-15: benchmark %.2f minus expenditures %.2f is not "
            + "the total savings/losses %.2f (expected the published 2013 layout, where they agree to the cent)",
            benchmark.getAsDouble(), expenditures.getAsDouble(), generated.getAsDouble()));
      }
      return p.problems.isEmpty() ? Optional.of(b.build()) : Optional.empty();
    }
  }
}
