/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.puf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.acokit.io.Failure;
import org.acokit.io.FailureCode;
import org.acokit.io.FailureException;
import org.acokit.io.ValueWithFailures;

/**
 * Reads CMS's Medicare Shared Savings Program public use files (PUF), every performance year
 * 2013-2024, into {@link PufRecord}s of one shape.
 * <p>
 * Every cell is read as text and converted here. Columns are found by name, ignoring case, under
 * the names CMS used over the years ({@code ACO_ID} or {@code ACO_Num}, {@code Current_Start_Date}
 * or {@code Start_Date}, {@code N_AB_Year_PY} or 2014's {@code N_AB_Year}, {@code MaxShareRate} or
 * {@code QualPerfShare}, ...). A row that cannot be read becomes row-level {@link Failure}s, one
 * per bad cell, and the rest of the file is still read; blank rows are skipped. Each failure has
 * the column as its {@link Failure#path() path}, the cell as its {@link Failure#value() value}, a
 * message naming the column, the value and what was expected, and a code:
 * <ul>
 *   <li>{@link FailureCode#UNPARSEABLE}: a cell that is not the number, rate, date or flag its
 *       column holds or is beyond the range of a double ({@code 1e400}), or a row that is not CSV,
 *       holds a byte that is not UTF-8 or opens a quote it never closes (path empty; the rows
 *       after it are still read).</li>
 *   <li>{@link FailureCode#MISSING_VALUE}: no ACO identifier, a performance year cell that is
 *       empty, or no track flag set (the path names every flag column).</li>
 *   <li>{@link FailureCode#INVALID_VALUE}: a {@code Current_Track} code that is not a track, a
 *       performance year outside 2012-2099.</li>
 *   <li>{@link FailureCode#INCONSISTENT}: several track flags set, a year column that disagrees
 *       with the year the file is read as, 2013's benchmark minus expenditures that is not its
 *       total savings/losses, a row with fewer cells than the header (a file cut short), or an ACO
 *       identifier given in two rows of one performance year (both rows fail, each naming the
 *       other).</li>
 *   <li>{@link FailureCode#RATE_OUT_OF_RANGE}: a rate beyond -100%..100% on its column's
 *       scale.</li>
 * </ul> Cells that are blank, {@code -} (not applicable), {@code *} (suppressed), {@code NA},
 * {@code N/A} or {@code .} read as empty.
 * <p>
 * Normalization:
 * <ul>
 *   <li>Money and counts: {@code $}, thousands separators and spaces are dropped; parentheses or a
 *       leading minus mean negative.</li>
 *   <li>Rates ({@code Sav_rate}, {@code MinSavPerc}, {@code QualScore}, {@code QualPerfShare},
 *       {@code MaxShareRate}, {@code FinalShareRate}, {@code FinalLossRate}) become fractions. Each
 *       rate column of a file (of each year, in a multi-year file) is in percent when at least half
 *       of its non-zero values carry a {@code %} sign or exceed 1 in magnitude, and in fractions
 *       otherwise, so one odd row cannot rescale the others; a rate beyond -100%..100% on its
 *       column's scale is a {@link FailureCode#RATE_OUT_OF_RANGE} failure of its row. This
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
 * is read by position; see {@link #read(Path, int)}. Cells are converted by {@link PufCells}; the
 * typed quality-measure columns of PY2021 on are read from a record by {@link PufQualityColumns}.
 * Pure functions; thread-safe.
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
   * @throws FailureException if the file does not exist, the name carries no performance
   *     year ({@code py} and four digits), or the file is not a public use file this reader knows
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public static ValueWithFailures<PufRecord> read(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    OptionalInt year = performanceYearOf(name);
    if (year.isEmpty()) {
      throw new FailureException(Failure.ofSource(FailureCode.MISSING_INPUT, name, "", null,
          "cannot recognise the performance year of public use file " + file + ": its name has no 'py' followed by a four-digit year (such as py2022.csv); use read(file, year), "
          + "or readMultiYear(file) for a file with a performance_year column"));
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
   * @throws FailureException if the file does not exist, the year is outside 2012-2099,
   *     or the file is not a public use file this reader knows
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public static ValueWithFailures<PufRecord> read(Path file, int performanceYear) {
    if (performanceYear < FIRST_YEAR || performanceYear > LAST_YEAR) {
      throw new FailureException(Failure.ofSource(FailureCode.INVALID_VALUE, String.valueOf(file.getFileName()),
          "performanceYear", Integer.toString(performanceYear), "performanceYear must be between " + FIRST_YEAR
              + " and " + LAST_YEAR + " inclusive, but was " + performanceYear));
    }
    PufFile puf = PufFile.read(file);
    if (Puf2013Layout.matches(puf)) {
      return Puf2013Layout.read(puf, performanceYear);
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
   * @throws FailureException if the file does not exist or has no {@code performance_year}
   *     or {@code year} column
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public static ValueWithFailures<PufRecord> readMultiYear(Path file) {
    PufFile puf = PufFile.read(file);
    if (Puf2013Layout.matches(puf) || puf.column("performance_year", "year").isEmpty()) {
      throw new FailureException(Failure.ofSource(FailureCode.UNKNOWN_LAYOUT, puf.fileName, "performance_year", null,
          "public use file " + file + " has no performance_year or year column: use read(file) or read(file, year) "
              + "for a file of one year"));
    }
    return readByHeader(puf, OptionalInt.empty());
  }

  /**
   * Reads the primary file of every performance year 2013-2024 ({@link #PRIMARY_FILES}) from a
   * folder, in year order.
   *
   * @param mssPufDirectory the folder, such as {@code shared/data/mssp-puf}
   * @return the records of all years and a failure for every row that could not be read
   * @throws FailureException if the folder or one of the files does not exist (naming the
   *     paths)
   * @throws java.io.UncheckedIOException if a file cannot be read
   */
  public static ValueWithFailures<PufRecord> readPrimaryFiles(Path mssPufDirectory) {
    if (!Files.isDirectory(mssPufDirectory)) {
      throw new FailureException(Failure.ofSource(FailureCode.MISSING_INPUT, mssPufDirectory.toString(), "", null,
          "public use file folder " + mssPufDirectory + " does not exist"));
    }
    List<Path> missing = PRIMARY_FILES.stream().map(mssPufDirectory::resolve)
        .filter(path -> !Files.isRegularFile(path)).collect(Collectors.toList());
    if (!missing.isEmpty()) {
      throw new FailureException(Failure.ofSource(FailureCode.MISSING_INPUT, mssPufDirectory.toString(), "", null,
          "public use file" + (missing.size() > 1 ? "s " : " ")
          + missing.stream().map(Path::toString).collect(Collectors.joining(", "))
          + (missing.size() > 1 ? " do" : " does") + " not exist"));
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

  private static ValueWithFailures<PufRecord> readByHeader(PufFile puf, OptionalInt fixedYear) {
    PufColumns.Found c = PufColumns.find(puf);
    PufTracks tracks = new PufTracks(puf, c);
    Optional<PufFile.Column> yearColumn = c.get(PufColumns.YEAR);
    Optional<PufFile.Column> idColumn = c.get(PufColumns.ACO_ID);
    if (idColumn.isEmpty()) {
      throw new FailureException(Failure.ofSource(FailureCode.UNKNOWN_LAYOUT, puf.fileName, "ACO_ID", null,
          "public use file " + puf.fileName + " has no ACO identifier column (expected a header naming ACO_ID or "
              + "ACO_Num, or the 2013 file's 'ACO Identifier'), but its header is " + abbreviate(puf.header)));
    }
    List<PufRecord> records = new ArrayList<>();
    List<Failure> failures = new ArrayList<>();
    // The year of every row, known before reading the rates: their scale is decided per year.
    List<Integer> years = new ArrayList<>();
    for (PufFile.Row row : puf.rows) {
      years.add(fixedYear.isPresent() ? Integer.valueOf(fixedYear.getAsInt()) : yearOf(row.cell(yearColumn.get().index)));
    }
    PufRateScales scales = new PufRateScales(puf, years);
    for (int i = 0; i < puf.rows.size(); i++) {
      PufFile.Row row = puf.rows.get(i);
      PufRowCells p = new PufRowCells(puf.fileName, row);
      Integer year = years.get(i);
      if (year == null || year < FIRST_YEAR || year > LAST_YEAR) {
        String column = yearColumn.get().name;
        String raw = row.cell(yearColumn.get().index);
        FailureCode code = PufCells.isMissing(raw) ? FailureCode.MISSING_VALUE
            : year == null ? FailureCode.UNPARSEABLE : FailureCode.INVALID_VALUE;
        p.fail(code, column, PufCells.isMissing(raw) ? null : raw.trim(), "column " + column + ": '" + raw
            + "' is not a performance year (expected a year such as 2019)");
        failures.addAll(p.failures);
        continue;
      }
      if (fixedYear.isPresent() && yearColumn.isPresent()) {
        p.whole(yearColumn, "the performance year " + year).ifPresent(published -> {
          if (published != fixedYear.getAsInt()) {
            p.fail(FailureCode.INCONSISTENT, yearColumn.get().name, Integer.toString(published),
                "column " + yearColumn.get().name + ": " + published + " does not match the performance year "
                    + fixedYear.getAsInt() + " the file is read as");
          }
        });
      }
      Optional<PufRecord> record = readRow(puf, c, tracks, scales, row, year, p);
      p.addTo(records, failures, record);
    }
    return puf.result(records, failures, idColumn.get().name);
  }

  /** A header for a message: its first cells, cut to a readable length. */
  private static String abbreviate(List<String> header) {
    String text = String.join(",", header.subList(0, Math.min(header.size(), 8)));
    return "'" + (text.length() > 120 ? text.substring(0, 120) : text) + (header.size() > 8 || text.length() > 120
        ? ",...'" : "'");
  }

  /** A row's performance year from its year column; null if the cell is missing or not a whole number. */
  private static Integer yearOf(String raw) {
    if (PufCells.isMissing(raw)) {
      return null;
    }
    try {
      return PufCells.wholeNumber(raw);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Optional<PufRecord> readRow(PufFile puf, PufColumns.Found c, PufTracks tracks, PufRateScales scales,
      PufFile.Row row, int year, PufRowCells p) {
    PufRecord.Builder b = PufRecord.builder()
        .sourceFile(puf.fileName)
        .row(row.number)
        .performanceYear(year)
        .columns(puf.columns(row));
    Optional<PufFile.Column> acoIdColumn = c.get(PufColumns.ACO_ID);
    Optional<String> acoId = p.text(acoIdColumn);
    if (acoId.isEmpty()) {
      p.fail(FailureCode.MISSING_VALUE, acoIdColumn.map(col -> col.name).orElse("ACO_ID"), null,
          acoIdColumn.map(col -> "column " + col.name + ": the ACO identifier is missing")
              .orElse("the file has no ACO identifier column (ACO_ID, ACO_Num)")
              + " (expected an identifier such as A1540)");
    }
    b.acoId(acoId.orElse(""));
    b.acoName(p.text(c.get(PufColumns.ACO_NAME)).orElse(""));
    b.agreementStart(p.date(c.get(PufColumns.AGREEMENT_START)));
    b.agreementPeriodNumber(p.whole(c.get(PufColumns.AGREEMENT_PERIOD), "an agreement period number such as 2"));
    b.assignedBeneficiaries(p.whole(c.get(PufColumns.BENEFICIARIES), "a number of assigned beneficiaries such as 7207"));
    b.personYears(p.number(c.get(PufColumns.PERSON_YEARS), "a number of person-years such as 6999.5"));
    b.totalBenchmarkExpenditures(p.money(c.get(PufColumns.BENCHMARK)));
    b.totalExpenditures(p.money(c.get(PufColumns.EXPENDITURES)));
    b.updatedBenchmark(p.money(c.get(PufColumns.UPDATED_BENCHMARK)));
    b.historicalBenchmark(p.money(c.get(PufColumns.HISTORICAL_BENCHMARK)));
    b.generatedSavingsLosses(p.money(c.get(PufColumns.GENERATED)));
    b.earnedSavingsLosses(p.money(c.get(PufColumns.EARNED)));
    b.disasterAdjustment(p.money(c.get(PufColumns.DISASTER_ADJUSTMENT)));
    b.savingsRate(rate(c, PufColumns.SAVINGS_RATE, scales, year, p));
    b.minimumSavingsRate(rate(c, PufColumns.MINIMUM_SAVINGS_RATE, scales, year, p));
    b.maximumSharingRate(rate(c, PufColumns.MAXIMUM_SHARING_RATE, scales, year, p));
    b.finalSharingRate(rate(c, PufColumns.FINAL_SHARING_RATE, scales, year, p));
    b.finalLossRate(rate(c, PufColumns.FINAL_LOSS_RATE, scales, year, p));
    b.metQualityStandard(p.flag(c.get(PufColumns.MET_QPS)));
    b.metAlternativeQualityStandard(p.flag(c.get(PufColumns.MET_ALT_QPS)));
    b.revenueLossLimit(p.flag(c.get(PufColumns.REVENUE_LOSS_LIMIT)));
    b.reducedSharingRate(p.flag(c.get(PufColumns.REDUCED_SHARING_RATE)));
    b.revenueCategory(p.text(c.get(PufColumns.REVENUE_CATEGORY)));
    PufPayForReporting.quality(c, scales, row, year, p, b);
    b.track(tracks.track(p));
    return p.failures.isEmpty() ? Optional.of(b.build()) : Optional.empty();
  }

  private static OptionalDouble rate(PufColumns.Found c, PufColumns rate, PufRateScales scales, int year,
      PufRowCells p) {
    Optional<PufFile.Column> column = c.get(rate);
    return p.rate(column, scales.percent(column, year));
  }
}
