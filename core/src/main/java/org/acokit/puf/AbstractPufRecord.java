/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.puf;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import com.google.common.collect.ImmutableMap;
import org.acokit.internal.AcoStyle;
import org.acokit.program.mssp.MsspTrack;
import org.immutables.value.Value;

/**
 * One ACO-year of a Medicare Shared Savings Program public use file (PUF), in one typed shape
 * for every year 2013-2024.
 * <p>
 * The reader normalizes each year's quirks: rates are fractions (0.05 = 5%) whatever the file
 * printed ({@code 5%}, {@code 5}, {@code 0.05}); money is dollars without {@code $} or thousands
 * separators; losses are negative as CMS publishes them; a field a year does not publish, or
 * publishes as not applicable ({@code -}) or suppressed ({@code *}), is empty. Every original
 * column stays available, unparsed, in {@link #columns()}. Immutable and thread-safe.
 */
@Value.Immutable
@AcoStyle
abstract class AbstractPufRecord {

  /**
   * The file name the row came from, such as {@code py2022.csv}.
   *
   * @return the file name
   */
  public abstract String sourceFile();

  /**
   * The 1-based data row in the file (the header is not counted).
   *
   * @return the row
   */
  public abstract int row();

  /**
   * The performance year.
   *
   * @return the year
   */
  public abstract int performanceYear();

  /**
   * The ACO identifier: {@code ACO_ID} from 2018 (A1540), the encrypted {@code ACO_Num} before.
   *
   * @return the identifier
   */
  public abstract String acoId();

  /**
   * The ACO name.
   *
   * @return the name
   */
  public abstract String acoName();

  /**
   * The track or BASIC level of the performance year; empty if the file does not say.
   *
   * @return the track
   */
  public abstract Optional<MsspTrack> track();

  /**
   * The start date of the current agreement period ({@code Start_Date},
   * {@code Current_Start_Date}).
   *
   * @return the date
   */
  public abstract Optional<LocalDate> agreementStart();

  /**
   * The agreement period number ({@code Agreement_Period_Num}, from 2016).
   *
   * @return the number, 1 for a first agreement
   */
  public abstract OptionalInt agreementPeriodNumber();

  /**
   * Assigned beneficiaries ({@code N_AB}).
   *
   * @return the count
   */
  public abstract OptionalInt assignedBeneficiaries();

  /**
   * Assigned beneficiary person-years ({@code N_AB_Year_PY}).
   *
   * @return person-years
   */
  public abstract OptionalDouble personYears();

  /**
   * Total updated benchmark expenditures ({@code ABtotBnchmk}), dollars.
   *
   * @return dollars
   */
  public abstract OptionalDouble totalBenchmarkExpenditures();

  /**
   * Total assigned beneficiary expenditures ({@code ABtotExp}), dollars.
   *
   * @return dollars
   */
  public abstract OptionalDouble totalExpenditures();

  /**
   * Per capita updated benchmark ({@code UpdatedBnchmk}), dollars per person-year.
   *
   * @return dollars
   */
  public abstract OptionalDouble updatedBenchmark();

  /**
   * Per capita historical benchmark ({@code HistBnchmk}), dollars per person-year.
   *
   * @return dollars
   */
  public abstract OptionalDouble historicalBenchmark();

  /**
   * Generated total savings (positive) or losses (negative) ({@code GenSaveLoss}), dollars.
   *
   * @return dollars
   */
  public abstract OptionalDouble generatedSavingsLosses();

  /**
   * Savings rate ({@code Sav_rate}) as a fraction of the benchmark, negative for losses.
   *
   * @return the rate
   */
  public abstract OptionalDouble savingsRate();

  /**
   * Minimum savings rate ({@code MinSavPerc}) as a fraction.
   *
   * @return the rate
   */
  public abstract OptionalDouble minimumSavingsRate();

  /**
   * The quality score ({@code QualScore}) as a fraction; empty in a pay-for-reporting year that
   * publishes no score.
   *
   * @return the score
   */
  public abstract OptionalDouble qualityScore();

  /**
   * Whether the ACO was in a pay-for-reporting year (2013's 0/1 reporting flag, 2014's
   * {@code P4R}).
   *
   * @return true if quality was pay for reporting
   */
  public abstract boolean payForReporting();

  /**
   * Whether the quality performance standard was met ({@code Met_QPS}, from 2016).
   *
   * @return the flag
   */
  public abstract Optional<Boolean> metQualityStandard();

  /**
   * Whether only the alternative quality performance standard was met ({@code Met_AltQPS}, from
   * 2023).
   *
   * @return the flag
   */
  public abstract Optional<Boolean> metAlternativeQualityStandard();

  /**
   * The track's maximum sharing rate as a fraction ({@code QualPerfShare} 2013-2018,
   * {@code MaxShareRate} 2019-2021).
   *
   * @return the rate
   */
  public abstract OptionalDouble maximumSharingRate();

  /**
   * The final sharing rate as a fraction ({@code FinalShareRate}).
   *
   * @return the rate
   */
  public abstract OptionalDouble finalSharingRate();

  /**
   * The final loss rate as a fraction ({@code FinalLossRate}, from 2023).
   *
   * @return the rate
   */
  public abstract OptionalDouble finalLossRate();

  /**
   * Earned shared savings (positive) or owed shared losses (negative) ({@code EarnSaveLoss}),
   * dollars.
   *
   * @return dollars
   */
  public abstract OptionalDouble earnedSavingsLosses();

  /**
   * The extreme and uncontrollable circumstances adjustment to shared losses ({@code DisAdj},
   * from 2017), dollars as published.
   *
   * @return dollars
   */
  public abstract OptionalDouble disasterAdjustment();

  /**
   * Whether the revenue-based loss sharing limit applied ({@code RevLossLimit}, 2018-2021).
   *
   * @return the flag
   */
  public abstract Optional<Boolean> revenueLossLimit();

  /**
   * The revenue category ({@code Rev_Exp_Cat}: high or low revenue), as published.
   *
   * @return the category text
   */
  public abstract Optional<String> revenueCategory();

  /**
   * Whether the 2024 reduced shared savings rate applied ({@code ReducedSS}).
   *
   * @return the flag
   */
  public abstract Optional<Boolean> reducedSharingRate();

  /**
   * Every column of the row as published, keyed by header; values unparsed.
   *
   * @return the columns
   */
  public abstract ImmutableMap<String, String> columns();

  /**
   * A published column, trimmed; empty if the file has no such column or the cell is blank.
   * Header names are matched ignoring case.
   *
   * @param name the column header
   * @return the value as published
   */
  public Optional<String> column(String name) {
    for (var entry : columns().entrySet()) {
      if (entry.getKey().equalsIgnoreCase(name)) {
        String value = entry.getValue().trim();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
      }
    }
    return Optional.empty();
  }
}
