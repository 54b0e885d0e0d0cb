/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.library;

import org.acokit.io.FailureCode;
import org.acokit.measures.logic.MeasureContext;
import org.acokit.measures.logic.PatientFailure;
import org.acokit.measures.logic.Timing;
import org.acokit.measures.patient.FactTable;
import org.acokit.measures.patient.NumberField;
import org.acokit.measures.patient.TimeField;
import org.acokit.measures.patient.TokenField;

/**
 * The CQL library CumulativeMedicationDuration 4.1.000: {@code medicationRequestPeriod()}, the
 * days a MedicationRequest covers, natively.
 * <p>
 * {@code startDate} = the first of: the date of the start of the first dosage's
 * {@code boundsPeriod}, the date of {@code authoredOn}, the date of the start of
 * {@code dispenseRequest.validityPeriod} (dates in their own offset, CQL {@code date from}).
 * {@code totalDaysSupplied} = (the expected supply duration in days, else quantity / (dose x doses
 * per day)) x (1 + refills), where doses per day = {@code ToDaily(Coalesce(frequencyMax,
 * frequency), Quantity(period, periodUnit))}, else the count of {@code timeOfDay} (0 when there is
 * none, as CQL's {@code Count} of an empty list, which makes the division null). The period is
 * {@code Interval[startDate, startDate + (totalDaysSupplied - 1) days]} (whole days, truncated),
 * else {@code Interval[startDate, date from end of boundsPeriod]} when the bounds have an end, else
 * null. More than one dosage instruction or doseAndRate is an error in the CQL
 * ({@code singleton from}): a {@link PatientFailure}. Bound once per dataset. Immutable and
 * thread-safe.
 */
public final class CumulativeMedicationDuration {

  /** The marker of a null period. */
  public static final long NO_PERIOD = Long.MIN_VALUE;

  private final MeasureContext ctx;

  private CumulativeMedicationDuration(MeasureContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Binds the library to a dataset.
   *
   * @param ctx the context
   * @return the bound library
   */
  public static CumulativeMedicationDuration bind(MeasureContext ctx) {
    return ctx.library(CumulativeMedicationDuration.class, CumulativeMedicationDuration::new);
  }

  /**
   * The first epoch day of {@code medicationRequestPeriod()}.
   *
   * @param t the MedicationRequest table
   * @param row the row
   * @return the epoch day, or {@link #NO_PERIOD} if the period is null
   * @throws PatientFailure if the request has several dosage instructions or doseAndRates
   */
  public long startDay(FactTable t, int row) {
    return period(t, row) == NO_PERIOD ? NO_PERIOD : start(t, row);
  }

  /**
   * The last epoch day of {@code medicationRequestPeriod()}.
   *
   * @param t the MedicationRequest table
   * @param row the row
   * @return the epoch day, or {@link #NO_PERIOD} if the period is null
   * @throws PatientFailure if the request has several dosage instructions or doseAndRates
   */
  public long endDay(FactTable t, int row) {
    return period(t, row);
  }

  /**
   * {@code medicationRequestPeriod() overlaps day of Interval[fromDay, toDay]}.
   *
   * @param t the MedicationRequest table
   * @param row the row
   * @param fromDay the first epoch day
   * @param toDay the last epoch day
   * @return the truth value (false for a null period)
   * @throws PatientFailure if the request has several dosage instructions or doseAndRates
   */
  public boolean overlapsDays(FactTable t, int row, long fromDay, long toDay) {
    long end = period(t, row);
    return end != NO_PERIOD && start(t, row) <= toDay && end >= fromDay;
  }

  private long start(FactTable t, int row) {
    long d = Timing.dateFrom(t, TimeField.BOUNDS_START, row);
    if (d == Timing.UNKNOWN) {
      d = Timing.dateFrom(t, TimeField.AUTHORED_ON, row);
    }
    if (d == Timing.UNKNOWN) {
      d = Timing.dateFrom(t, TimeField.VALIDITY_START, row);
    }
    return d;
  }

  /** The end day, or NO_PERIOD. */
  private long period(FactTable t, int row) {
    if (t.hasNumber(NumberField.DOSAGE_COUNT, row) && t.number(NumberField.DOSAGE_COUNT, row) > 1) {
      throw new PatientFailure(FailureCode.INVALID_VALUE, "MedicationRequest.dosageInstruction",
          "MedicationRequest/" + t.resourceId(row) + " field dosageInstruction has "
          + (int) t.number(NumberField.DOSAGE_COUNT, row) + " elements; CumulativeMedicationDuration allows one");
    }
    if (t.hasNumber(NumberField.DOSE_AND_RATE_COUNT, row) && t.number(NumberField.DOSE_AND_RATE_COUNT, row) > 1) {
      throw new PatientFailure(FailureCode.INVALID_VALUE, "MedicationRequest.dosageInstruction.doseAndRate",
          "MedicationRequest/" + t.resourceId(row) + " field dosageInstruction.doseAndRate has "
          + (int) t.number(NumberField.DOSE_AND_RATE_COUNT, row) + " elements; CumulativeMedicationDuration allows one");
    }
    long start = start(t, row);
    if (start == Timing.UNKNOWN) {
      return NO_PERIOD;
    }
    double total = totalDaysSupplied(t, row);
    if (!Double.isNaN(total)) {
      return start + (long) (total - 1);
    }
    long boundsEnd = Timing.dateFrom(t, TimeField.BOUNDS_END, row);
    return boundsEnd == Timing.UNKNOWN ? NO_PERIOD : boundsEnd;
  }

  private double totalDaysSupplied(FactTable t, int row) {
    double days = Double.NaN;
    if (t.hasNumber(NumberField.EXPECTED_SUPPLY_DAYS, row)) {
      days = t.number(NumberField.EXPECTED_SUPPLY_DAYS, row);
    } else if (t.hasNumber(NumberField.QUANTITY, row) && t.hasNumber(NumberField.DOSE, row)) {
      double perDay = dosesPerDay(t, row);
      double denominator = t.number(NumberField.DOSE, row) * perDay;
      if (denominator != 0) {
        days = t.number(NumberField.QUANTITY, row) / denominator;
      }
    }
    if (Double.isNaN(days)) {
      return Double.NaN;
    }
    double refills = t.hasNumber(NumberField.REPEATS_ALLOWED, row) ? t.number(NumberField.REPEATS_ALLOWED, row) : 0;
    return days * (1 + refills);
  }

  private double dosesPerDay(FactTable t, int row) {
    double frequency = t.hasNumber(NumberField.FREQUENCY_MAX, row) ? t.number(NumberField.FREQUENCY_MAX, row)
        : t.hasNumber(NumberField.FREQUENCY, row) ? t.number(NumberField.FREQUENCY, row) : Double.NaN;
    double daily = Double.NaN;
    if (!Double.isNaN(frequency) && t.hasNumber(NumberField.PERIOD, row) && t.number(NumberField.PERIOD, row) != 0) {
      double perHour = frequency * (24.0 / t.number(NumberField.PERIOD, row));
      String unit = ctx.data().tokens().value(t.token(TokenField.PERIOD_UNIT, row));
      daily = unit == null ? Double.NaN : switch (unit) {
        case "h", "hour", "hours" -> perHour;
        case "min", "minute", "minutes" -> perHour * 60;
        case "s", "second", "seconds" -> perHour * 3600;
        case "d", "day", "days" -> perHour / 24;
        case "wk", "week", "weeks" -> perHour / (24 * 7);
        case "mo", "month", "months" -> perHour / (24 * 30);
        case "a", "year", "years" -> perHour / (24 * 365);
        default -> Double.NaN;
      };
    }
    if (!Double.isNaN(daily)) {
      return daily;
    }
    return t.hasNumber(NumberField.TIME_OF_DAY_COUNT, row) ? t.number(NumberField.TIME_OF_DAY_COUNT, row) : 0;
  }
}
