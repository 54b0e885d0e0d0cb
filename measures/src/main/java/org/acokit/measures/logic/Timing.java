/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.logic;

import java.time.ZoneOffset;

import org.acokit.measures.patient.DateTimes;
import org.acokit.measures.patient.FactFlag;
import org.acokit.measures.patient.FactTable;
import org.acokit.measures.patient.TimeField;

/**
 * CQL date-time intervals and their timing operators, on the columns, without allocation.
 * <p>
 * A bound is an instant in epoch milliseconds UTC (date-times without an offset take the
 * evaluation's), or one of three markers: {@link #UNKNOWN} (CQL null: an open null boundary, or a
 * missing value), {@link #MIN} and {@link #MAX} (a closed null boundary: the beginning or end of
 * time). A comparison involving {@link #UNKNOWN} is CQL null, which a {@code where} treats as
 * false: every operator here returns false then.
 * <p>
 * {@code toInterval()} of a fact's main timing follows QICoreCommon and FHIRHelpers: a date-time
 * {@code x} is {@code [x, x]}; a Period is {@code [start, end]}, with a missing end a closed null
 * (so {@link #MAX}: still going on) and a missing start an open null (so {@link #UNKNOWN}); no
 * timing at all is a null interval ({@link #UNKNOWN} both ends). Day-precision operators
 * ({@code during day of}, {@code overlaps day of}, {@code starts/ends ... day of}, {@code same day
 * as}) compare calendar days in the evaluation offset ({@link #day(long, ZoneOffset)}); the others
 * compare milliseconds. Static functions only; thread-safe.
 * <p>
 * Named gap: a value of less than day precision (a year or a month) is compared as its first day,
 * where CQL would return null when the comparison is uncertain; no eCQM test data has one.
 */
public final class Timing {

  /** A null (unknown) bound. */
  public static final long UNKNOWN = Long.MIN_VALUE;
  /** The minimum date-time (a closed null low bound). */
  public static final long MIN = Long.MIN_VALUE + 1;
  /** The maximum date-time (a closed null high bound). */
  public static final long MAX = Long.MAX_VALUE;

  private Timing() {
  }

  /**
   * A stored value as a bound: its UTC instant, or {@link #UNKNOWN} if absent.
   *
   * @param t the table
   * @param field the field
   * @param row the row
   * @param offset the evaluation offset
   * @return the bound
   */
  public static long value(FactTable t, TimeField field, int row, ZoneOffset offset) {
    long v = t.instant(field, row);
    return v == DateTimes.ABSENT ? UNKNOWN : DateTimes.utc(v, t.meta(field, row), offset);
  }

  /**
   * {@code start of X.toInterval()} of a fact's main timing ({@link TimeField#START}/{@link TimeField#END}).
   *
   * @param p the patient (for the evaluation offset)
   * @param t the table
   * @param row the row
   * @return the bound
   */
  public static long start(PatientRecord p, FactTable t, int row) {
    return value(t, TimeField.START, row, p.period().offset());
  }

  /**
   * {@code end of X.toInterval()} of a fact's main timing.
   *
   * @param p the patient
   * @param t the table
   * @param row the row
   * @return the bound
   */
  public static long end(PatientRecord p, FactTable t, int row) {
    return periodEnd(t, TimeField.END, row, p.period().offset(), t.flag(FactFlag.TIMING_IS_PERIOD, row));
  }

  /**
   * The end of a Period-typed pair of fields ({@code boundsPeriod}, {@code validityPeriod}), or a
   * date-time's value: a missing end of a Period is {@link #MAX}.
   *
   * @param t the table
   * @param endField the end field
   * @param row the row
   * @param offset the evaluation offset
   * @param isPeriod whether the element is a Period
   * @return the bound
   */
  public static long periodEnd(FactTable t, TimeField endField, int row, ZoneOffset offset, boolean isPeriod) {
    long v = t.instant(endField, row);
    if (v == DateTimes.ABSENT) {
      return isPeriod ? MAX : UNKNOWN;
    }
    return DateTimes.utc(v, t.meta(endField, row), offset);
  }

  /**
   * QICoreCommon {@code latest()}: the end of the timing if it has one (not null, not the maximum),
   * else its start.
   *
   * @param p the patient
   * @param t the table
   * @param row the row
   * @return the bound
   */
  public static long latest(PatientRecord p, FactTable t, int row) {
    long e = end(p, t, row);
    return e != UNKNOWN && e != MAX ? e : start(p, t, row);
  }

  /**
   * QICoreCommon {@code earliest()}: the start of the timing if it has one, else its end.
   *
   * @param p the patient
   * @param t the table
   * @param row the row
   * @return the bound
   */
  public static long earliest(PatientRecord p, FactTable t, int row) {
    long s = start(p, t, row);
    return s != UNKNOWN && s != MIN ? s : end(p, t, row);
  }

  /**
   * The calendar day of a bound in the evaluation offset (epoch day); the markers map to
   * themselves.
   *
   * @param bound the bound
   * @param offset the evaluation offset
   * @return the epoch day, or a marker
   */
  public static long day(long bound, ZoneOffset offset) {
    if (bound == UNKNOWN || bound == MIN || bound == MAX) {
      return bound;
    }
    return Math.floorDiv(bound + offset.getTotalSeconds() * 1000L, DateTimes.MILLIS_PER_DAY);
  }

  /**
   * {@code [s, e] during day of [fromDay, toDay]} (included in, at day precision).
   *
   * @param s the start bound
   * @param e the end bound
   * @param fromDay the first day
   * @param toDay the last day
   * @param offset the evaluation offset
   * @return the truth value (null is false)
   */
  public static boolean duringDays(long s, long e, long fromDay, long toDay, ZoneOffset offset) {
    long sd = day(s, offset);
    long ed = day(e, offset);
    return sd != UNKNOWN && ed != UNKNOWN && sd >= fromDay && ed <= toDay;
  }

  /**
   * {@code [s, e] overlaps day of [fromDay, toDay]}.
   *
   * @param s the start bound
   * @param e the end bound
   * @param fromDay the first day
   * @param toDay the last day
   * @param offset the evaluation offset
   * @return the truth value (null is false)
   */
  public static boolean overlapsDays(long s, long e, long fromDay, long toDay, ZoneOffset offset) {
    long sd = day(s, offset);
    long ed = day(e, offset);
    return sd != UNKNOWN && ed != UNKNOWN && sd <= toDay && ed >= fromDay;
  }

  /**
   * A bound's day within {@code [fromDay, toDay]} ({@code starts during day of},
   * {@code ends during day of}, a point {@code during day of}).
   *
   * @param bound the bound
   * @param fromDay the first day
   * @param toDay the last day
   * @param offset the evaluation offset
   * @return the truth value (null is false)
   */
  public static boolean dayWithin(long bound, long fromDay, long toDay, ZoneOffset offset) {
    long d = day(bound, offset);
    return d != UNKNOWN && d >= fromDay && d <= toDay;
  }

  /**
   * A bound's day on or before a day ({@code starts on or before day of}, {@code ends on or before
   * day of}).
   *
   * @param bound the bound
   * @param day the day
   * @param offset the evaluation offset
   * @return the truth value (null is false)
   */
  public static boolean onOrBeforeDay(long bound, long day, ZoneOffset offset) {
    long d = day(bound, offset);
    return d != UNKNOWN && d <= day;
  }

  /**
   * {@code X n days or less on or before day of Y}: the day of X (a point, or the end of an
   * interval; with {@code starts}, its start) within {@code [day(Y) - n, day(Y)]}.
   *
   * @param bound the bound of X
   * @param y the point Y
   * @param days n, 0 or more
   * @param offset the evaluation offset
   * @return the truth value (null is false)
   */
  public static boolean daysOrLessOnOrBefore(long bound, long y, int days, ZoneOffset offset) {
    long yd = day(y, offset);
    if (yd == UNKNOWN || yd == MIN || yd == MAX) {
      return false;
    }
    return dayWithin(bound, yd - days, yd, offset);
  }

  /**
   * {@code X n days or less on or after day of Y}: the day of X within {@code [day(Y), day(Y) + n]}.
   *
   * @param bound the bound of X
   * @param y the point Y
   * @param days n, 0 or more
   * @param offset the evaluation offset
   * @return the truth value (null is false)
   */
  public static boolean daysOrLessOnOrAfter(long bound, long y, int days, ZoneOffset offset) {
    long yd = day(y, offset);
    if (yd == UNKNOWN || yd == MIN || yd == MAX) {
      return false;
    }
    return dayWithin(bound, yd, yd + days, offset);
  }

  /**
   * {@code x same day as y}.
   *
   * @param x a bound
   * @param y a bound
   * @param offset the evaluation offset
   * @return the truth value (null is false)
   */
  public static boolean sameDay(long x, long y, ZoneOffset offset) {
    long a = day(x, offset);
    return a != UNKNOWN && a != MIN && a != MAX && a == day(y, offset);
  }

  /**
   * A point {@code x during [s, e]} at millisecond precision.
   *
   * @param x the point
   * @param s the start bound
   * @param e the end bound
   * @return the truth value (null is false)
   */
  public static boolean within(long x, long s, long e) {
    return x != UNKNOWN && s != UNKNOWN && e != UNKNOWN && x >= s && x <= e;
  }

  /**
   * {@code x on or before y} at millisecond precision.
   *
   * @param x a bound
   * @param y a bound
   * @return the truth value (null is false)
   */
  public static boolean onOrBefore(long x, long y) {
    return x != UNKNOWN && y != UNKNOWN && x <= y;
  }

  /**
   * {@code x before y} at millisecond precision.
   *
   * @param x a bound
   * @param y a bound
   * @return the truth value (null is false)
   */
  public static boolean before(long x, long y) {
    return x != UNKNOWN && y != UNKNOWN && x < y;
  }

  /**
   * {@code X.toInterval() during day of "Measurement Period"} for a fact's main timing.
   *
   * @param p the patient
   * @param t the table
   * @param row the row
   * @return the truth value
   */
  public static boolean duringDayOfPeriod(PatientRecord p, FactTable t, int row) {
    MeasurementPeriod mp = p.period();
    return duringDays(start(p, t, row), end(p, t, row), mp.startDay(), mp.endDay(), mp.offset());
  }

  /**
   * {@code X.toInterval() overlaps day of "Measurement Period"} for a fact's main timing.
   *
   * @param p the patient
   * @param t the table
   * @param row the row
   * @return the truth value
   */
  public static boolean overlapsDayOfPeriod(PatientRecord p, FactTable t, int row) {
    MeasurementPeriod mp = p.period();
    return overlapsDays(start(p, t, row), end(p, t, row), mp.startDay(), mp.endDay(), mp.offset());
  }

  /**
   * {@code X.toInterval() ends during day of "Measurement Period"}.
   *
   * @param p the patient
   * @param t the table
   * @param row the row
   * @return the truth value
   */
  public static boolean endsDuringDayOfPeriod(PatientRecord p, FactTable t, int row) {
    MeasurementPeriod mp = p.period();
    return dayWithin(end(p, t, row), mp.startDay(), mp.endDay(), mp.offset());
  }

  /**
   * {@code X.latest() during day of "Measurement Period"}.
   *
   * @param p the patient
   * @param t the table
   * @param row the row
   * @return the truth value
   */
  public static boolean latestDuringDayOfPeriod(PatientRecord p, FactTable t, int row) {
    MeasurementPeriod mp = p.period();
    return dayWithin(latest(p, t, row), mp.startDay(), mp.endDay(), mp.offset());
  }

  /**
   * A point field {@code during day of "Measurement Period"} (such as {@code authoredOn}).
   *
   * @param p the patient
   * @param t the table
   * @param field the field
   * @param row the row
   * @return the truth value
   */
  public static boolean fieldDuringDayOfPeriod(PatientRecord p, FactTable t, TimeField field, int row) {
    MeasurementPeriod mp = p.period();
    return dayWithin(value(t, field, row, mp.offset()), mp.startDay(), mp.endDay(), mp.offset());
  }

  /**
   * {@code date from} a stored value: its calendar day in its own offset (epoch day), or
   * {@link #UNKNOWN} if absent.
   *
   * @param t the table
   * @param field the field
   * @param row the row
   * @return the epoch day, or {@link #UNKNOWN}
   */
  public static long dateFrom(FactTable t, TimeField field, int row) {
    long v = t.instant(field, row);
    return v == DateTimes.ABSENT ? UNKNOWN : DateTimes.ownDay(v, t.meta(field, row));
  }
}
