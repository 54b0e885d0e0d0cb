/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.logic;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The CQL parameter {@code "Measurement Period"}: {@code Interval[@Y-01-01T00:00:00.000,
 * @Y-12-31T23:59:59.999]} for a calendar year, its date-times in the evaluation's offset.
 * <p>
 * The evaluation offset is the offset CQL gives date-times written without one (the period's
 * bounds, plain dates) and to which it normalizes date-times of different offsets before comparing
 * them at day precision; UTC unless set. Instants are epoch milliseconds UTC; days are epoch days
 * in the evaluation offset. Example: {@code MeasurementPeriod.calendarYear(2025)}: start
 * 2025-01-01T00:00:00.000Z, end 2025-12-31T23:59:59.999Z, start day 20089, end day 20453.
 * Immutable and thread-safe.
 */
public final class MeasurementPeriod {

  private final LocalDate first;
  private final LocalDate last;
  private final ZoneOffset offset;
  // resolved once: evaluation compares against these for every fact of every patient
  private final long startDay;
  private final long endDay;
  private final long start;
  private final long end;
  private final int firstCivil;
  private final int lastCivil;

  private MeasurementPeriod(LocalDate first, LocalDate last, ZoneOffset offset) {
    this.first = Objects.requireNonNull(first, "first");
    this.last = Objects.requireNonNull(last, "last");
    this.offset = Objects.requireNonNull(offset, "offset");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("measurement period must end on or after its start " + first
          + ", but ends " + last);
    }
    this.startDay = first.toEpochDay();
    this.endDay = last.toEpochDay();
    this.start = startDay * 86_400_000L - offset.getTotalSeconds() * 1000L;
    this.end = (endDay + 1) * 86_400_000L - 1 - offset.getTotalSeconds() * 1000L;
    this.firstCivil = civil(first);
    this.lastCivil = civil(last);
  }

  /**
   * A calendar year in UTC.
   *
   * @param year the year, such as 2025
   * @return the period
   */
  public static MeasurementPeriod calendarYear(int year) {
    return of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), ZoneOffset.UTC);
  }

  /**
   * The days {@code first} 00:00:00.000 to {@code last} 23:59:59.999 in an evaluation offset.
   *
   * @param first the first day
   * @param last the last day
   * @param offset the evaluation offset
   * @return the period
   * @throws IllegalArgumentException if last is before first
   */
  public static MeasurementPeriod of(LocalDate first, LocalDate last, ZoneOffset offset) {
    return new MeasurementPeriod(first, last, offset);
  }

  /**
   * The first day.
   *
   * @return the date
   */
  public LocalDate firstDay() {
    return first;
  }

  /**
   * The last day.
   *
   * @return the date
   */
  public LocalDate lastDay() {
    return last;
  }

  /**
   * The evaluation offset.
   *
   * @return the offset
   */
  public ZoneOffset offset() {
    return offset;
  }

  /**
   * {@code start of "Measurement Period"}, epoch milliseconds UTC.
   *
   * @return the instant
   */
  public long start() {
    return start;
  }

  /**
   * {@code end of "Measurement Period"} (the last millisecond), epoch milliseconds UTC.
   *
   * @return the instant
   */
  public long end() {
    return end;
  }

  /**
   * The epoch day of the start.
   *
   * @return the day
   */
  public long startDay() {
    return startDay;
  }

  /**
   * The epoch day of the end.
   *
   * @return the day
   */
  public long endDay() {
    return endDay;
  }

  /** The first day as {@code yyyymmdd}, for whole-year age arithmetic ({@link PatientRecord#ageAtStart()}). */
  int firstCivil() {
    return firstCivil;
  }

  /** The last day as {@code yyyymmdd} ({@link PatientRecord#ageAtEnd()}). */
  int lastCivil() {
    return lastCivil;
  }

  /** A date as {@code yyyymmdd}: whole calendar years between two dates are the difference divided by 10,000. */
  static int civil(LocalDate date) {
    return date.getYear() * 10_000 + date.getMonthValue() * 100 + date.getDayOfMonth();
  }

  @Override
  public String toString() {
    return "Interval[" + first + "T00:00:00.000, " + last + "T23:59:59.999] (offset " + offset + ")";
  }
}
