/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.puf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

import org.acokit.io.Failure;
import org.acokit.io.FailureCode;
import org.acokit.io.FailureException;
import org.acokit.io.ValueWithFailures;
import org.acokit.program.mssp.MsspTrack;

/**
 * Reads the 2013 public use file by position: its descriptive headers are shifted against its
 * data from the 13th column on. Positions are 0-based here (the javadoc of
 * {@link PufReader#read(java.nio.file.Path, int)} counts from 1):
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
final class Puf2013Layout {

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

  private Puf2013Layout() {
  }

  static boolean matches(PufFile puf) {
    return !puf.header.isEmpty() && "ACO Identifier".equalsIgnoreCase(puf.header.get(0).trim());
  }

  static ValueWithFailures<PufRecord> read(PufFile puf, int year) {
    for (int i = 0; i < HEADER.size(); i++) {
      String found = i < puf.header.size() ? puf.header.get(i).trim() : "";
      if (!HEADER.get(i).equalsIgnoreCase(found)) {
        throw new FailureException(Failure.ofSource(FailureCode.UNKNOWN_LAYOUT, puf.fileName, "column " + (i + 1),
            found, "public use file " + puf.fileName + " has the descriptive 2013 headers but not the published 2013 "
            + "layout this reader knows: expected '" + HEADER.get(i) + "' at column " + (i + 1) + " but found '"
            + found + "'"));
      }
    }
    List<PufRecord> records = new ArrayList<>();
    List<Failure> failures = new ArrayList<>();
    for (PufFile.Row row : puf.rows) {
      PufRowCells p = new PufRowCells(puf.fileName, row);
      Optional<PufRecord> record = readRow(puf, row, year, p);
      p.addTo(records, failures, record);
    }
    return puf.result(records, failures, "ACO Identifier [2013 column 1]");
  }

  private static Optional<PufFile.Column> at(int index, String meaning) {
    return Optional.of(new PufFile.Column(meaning + " [2013 column " + (index + 1) + "]", index));
  }

  private static Optional<PufRecord> readRow(PufFile puf, PufFile.Row row, int year, PufRowCells p) {
    PufRecord.Builder b = PufRecord.builder()
        .sourceFile(puf.fileName)
        .row(row.number)
        .performanceYear(year)
        .columns(puf.columns(row));
    Optional<String> acoId = p.text(at(ID, "ACO Identifier"));
    if (acoId.isEmpty()) {
      p.fail(FailureCode.MISSING_VALUE, "ACO Identifier [2013 column 1]", null,
          "column ACO Identifier [2013 column 1]: the ACO identifier is missing (expected an identifier such as A67373)");
    }
    b.acoId(acoId.orElse(""));
    b.acoName(p.text(at(NAME, "ACO Name")).orElse(""));
    b.agreementStart(p.date(at(START, "Start Date")));
    b.track(p.flag(at(TRACK_2, "Track 2 ACO")).map(track2 -> track2 ? MsspTrack.TRACK_2 : MsspTrack.TRACK_1));
    b.payForReporting(false);
    p.flag(at(REPORTED, "Quality Score (reporting flag)")).ifPresent(reported -> PufPayForReporting.reportingFlag(reported, b));
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
      p.fail(FailureCode.INCONSISTENT, "Total savings/losses [2013 column 15]",
          row.cell(GENERATED).trim(), String.format(Locale.ROOT, "2013 columns 13-15: benchmark %.2f minus expenditures %.2f is not "
          + "the total savings/losses %.2f (expected the published 2013 layout, where they agree to the cent)",
          benchmark.getAsDouble(), expenditures.getAsDouble(), generated.getAsDouble()));
    }
    return p.failures.isEmpty() ? Optional.of(b.build()) : Optional.empty();
  }
}
