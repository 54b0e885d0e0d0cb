/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.patient;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The encoding of FHIR {@code date}, {@code dateTime} and {@code instant} values in the columns:
 * a {@code long} instant and a {@code short} meta word (precision and the value's own offset).
 * <p>
 * The instant is epoch milliseconds in UTC for a value with an offset
 * ({@code 2025-03-01T08:00:00.000-08:00} is {@code 2025-03-01T16:00:00Z}); for a value without one
 * (a plain date such as {@code birthDate}, or a date-time with no offset) it is the wall-clock
 * reading taken as if it were UTC, and the meta word says there is no offset: CQL gives such a
 * value the evaluation's offset, which is known only when a {@code MeasurementPeriod} is. A
 * partial date ({@code 2025}, {@code 2025-03}) is its first millisecond with precision year or
 * month. {@link #ABSENT} marks a missing value.
 * <p>
 * Two day numbers serve CQL's day-precision operators: {@link #day(long, short, ZoneOffset)}, the
 * calendar day in the evaluation's offset (CQL compares date-times of different offsets after
 * normalizing them to one offset), and {@link #ownDay(long, short)}, the calendar day in the
 * value's own offset (CQL {@code date from}). Static functions only; thread-safe.
 */
public final class DateTimes {

  /** The instant of a missing value. */
  public static final long ABSENT = Long.MIN_VALUE;

  /** Milliseconds per day. */
  public static final long MILLIS_PER_DAY = 86_400_000L;

  /** Precision: year. */
  public static final int YEAR = 0;
  /** Precision: month. */
  public static final int MONTH = 1;
  /** Precision: day. */
  public static final int DAY = 2;
  /** Precision: hour. */
  public static final int HOUR = 3;
  /** Precision: minute. */
  public static final int MINUTE = 4;
  /** Precision: second. */
  public static final int SECOND = 5;
  /** Precision: millisecond. */
  public static final int MILLISECOND = 6;

  private static final int OFFSET_BIAS = 18 * 60;
  private static final int NO_OFFSET = 2 * OFFSET_BIAS + 1;

  private DateTimes() {
  }

  /**
   * A parsed value.
   *
   * @param instant the instant (see the class comment)
   * @param meta the meta word
   */
  public record Value(long instant, short meta) {
  }

  /**
   * Parses a FHIR {@code date}, {@code dateTime} or {@code instant}.
   *
   * @param text the text, such as {@code 2025-01-31T08:00:00.000+00:00} or {@code 1960-05-01}
   * @return the value
   * @throws IllegalArgumentException if the text is not a FHIR date or date-time; the message
   *     names the value and the allowed forms
   */
  public static Value parse(String text) {
    try {
      return parseStrict(text);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("'" + text + "' must be a FHIR date or dateTime (YYYY, YYYY-MM, YYYY-MM-DD,"
          + " or YYYY-MM-DDThh:mm:ss[.sss] with Z or +/-hh:mm)");
    }
  }

  private static Value parseStrict(String s) {
    int n = s.length();
    int year = digits(s, 0, 4);
    int month = 1;
    int day = 1;
    int precision = YEAR;
    if (n > 4) {
      expect(s, 4, '-');
      month = digits(s, 5, 2);
      precision = MONTH;
    }
    if (n > 7) {
      expect(s, 7, '-');
      day = digits(s, 8, 2);
      precision = DAY;
    }
    if (n > 7 && n < 10 || n > 4 && n < 7) {
      throw new IllegalArgumentException();
    }
    long epochDay = LocalDate.of(year, month, day).toEpochDay();
    if (n == 4 || n == 7 || n == 10) {
      return new Value(epochDay * MILLIS_PER_DAY, meta(precision, NO_OFFSET));
    }
    expect(s, 10, 'T');
    int hour = digits(s, 11, 2);
    expect(s, 13, ':');
    int minute = digits(s, 14, 2);
    precision = MINUTE;
    int i = 16;
    int second = 0;
    int millis = 0;
    if (i < n && s.charAt(i) == ':') {
      second = digits(s, 17, 2);
      precision = SECOND;
      i = 19;
      if (i < n && s.charAt(i) == '.') {
        int j = i + 1;
        while (j < n && Character.isDigit(s.charAt(j))) {
          j++;
        }
        if (j == i + 1) {
          throw new IllegalArgumentException();
        }
        String frac = (s.substring(i + 1, Math.min(j, i + 4)) + "00").substring(0, 3);
        millis = Integer.parseInt(frac);
        precision = MILLISECOND;
        i = j;
      }
    }
    if (hour > 24 || minute > 59 || second > 59) {
      throw new IllegalArgumentException();
    }
    long wall = epochDay * MILLIS_PER_DAY + hour * 3_600_000L + minute * 60_000L + second * 1000L + millis;
    if (i == n) {
      return new Value(wall, meta(precision, NO_OFFSET));
    }
    int offsetMinutes;
    if (s.charAt(i) == 'Z' && i == n - 1) {
      offsetMinutes = 0;
    } else {
      char sign = s.charAt(i);
      if (sign != '+' && sign != '-' || n != i + 6) {
        throw new IllegalArgumentException();
      }
      int oh = digits(s, i + 1, 2);
      expect(s, i + 3, ':');
      int om = digits(s, i + 4, 2);
      offsetMinutes = (oh * 60 + om) * (sign == '-' ? -1 : 1);
      if (Math.abs(offsetMinutes) > OFFSET_BIAS) {
        throw new IllegalArgumentException();
      }
    }
    return new Value(wall - offsetMinutes * 60_000L, meta(precision, offsetMinutes + OFFSET_BIAS));
  }

  private static int digits(String s, int from, int count) {
    int v = 0;
    for (int i = from; i < from + count; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        throw new IllegalArgumentException();
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private static void expect(String s, int i, char c) {
    if (s.charAt(i) != c) {
      throw new IllegalArgumentException();
    }
  }

  private static short meta(int precision, int offsetCode) {
    return (short) (precision | offsetCode << 3);
  }

  /**
   * The meta word of a value with the given precision and offset.
   *
   * @param precision the precision, {@link #YEAR} to {@link #MILLISECOND}
   * @param offset the value's own offset, or null for a value without one
   * @return the meta word
   */
  public static short meta(int precision, ZoneOffset offset) {
    if (precision < YEAR || precision > MILLISECOND) {
      throw new IllegalArgumentException("precision must be 0 (year) to 6 (millisecond), but was " + precision);
    }
    return meta(precision, offset == null ? NO_OFFSET : offset.getTotalSeconds() / 60 + OFFSET_BIAS);
  }

  /**
   * The precision of a value.
   *
   * @param meta the meta word
   * @return {@link #YEAR} to {@link #MILLISECOND}
   */
  public static int precision(short meta) {
    return meta & 7;
  }

  /**
   * Whether the value carried an offset.
   *
   * @param meta the meta word
   * @return true if it had one
   */
  public static boolean hasOffset(short meta) {
    return (meta >>> 3 & 0xFFF) != NO_OFFSET;
  }

  /**
   * The value's own offset in minutes east of UTC; 0 for a value without one.
   *
   * @param meta the meta word
   * @return the offset in minutes
   */
  public static int offsetMinutes(short meta) {
    int code = meta >>> 3 & 0xFFF;
    return code == NO_OFFSET ? 0 : code - OFFSET_BIAS;
  }

  /**
   * The UTC instant of a value, giving a value without an offset the evaluation's offset.
   *
   * @param instant the stored instant, not {@link #ABSENT}
   * @param meta the meta word
   * @param evaluationOffset the evaluation's offset
   * @return epoch milliseconds UTC
   */
  public static long utc(long instant, short meta, ZoneOffset evaluationOffset) {
    return hasOffset(meta) ? instant : instant - evaluationOffset.getTotalSeconds() * 1000L;
  }

  /**
   * The calendar day of a value in the evaluation's offset, as an epoch day (CQL day-precision
   * comparisons: {@code during day of}, {@code same day as}, {@code on or before day of}).
   *
   * @param instant the stored instant, not {@link #ABSENT}
   * @param meta the meta word
   * @param evaluationOffset the evaluation's offset
   * @return the epoch day
   */
  public static long day(long instant, short meta, ZoneOffset evaluationOffset) {
    if (!hasOffset(meta)) {
      return Math.floorDiv(instant, MILLIS_PER_DAY);
    }
    return Math.floorDiv(instant + evaluationOffset.getTotalSeconds() * 1000L, MILLIS_PER_DAY);
  }

  /**
   * The calendar day of a value in its own offset, as an epoch day (CQL {@code date from}).
   *
   * @param instant the stored instant, not {@link #ABSENT}
   * @param meta the meta word
   * @return the epoch day
   */
  public static long ownDay(long instant, short meta) {
    return Math.floorDiv(instant + offsetMinutes(meta) * 60_000L, MILLIS_PER_DAY);
  }

  /**
   * Formats a value as FHIR text (for explanations and messages).
   *
   * @param instant the stored instant
   * @param meta the meta word
   * @return the text, or {@code absent}
   */
  public static String format(long instant, short meta) {
    if (instant == ABSENT) {
      return "absent";
    }
    int offset = offsetMinutes(meta);
    java.time.LocalDateTime wall = java.time.LocalDateTime.ofEpochSecond(Math.floorDiv(instant, 1000L)
        + offset * 60L, (int) Math.floorMod(instant, 1000L) * 1_000_000, ZoneOffset.UTC);
    String date = wall.toLocalDate().toString();
    switch (precision(meta)) {
      case YEAR:
        return date.substring(0, 4);
      case MONTH:
        return date.substring(0, 7);
      case DAY:
        return date;
      default:
        String time = String.format("%sT%02d:%02d:%02d.%03d", date, wall.getHour(), wall.getMinute(),
            wall.getSecond(), wall.getNano() / 1_000_000);
        return hasOffset(meta) ? time + ZoneOffset.ofTotalSeconds(offset * 60).getId().replace("Z", "+00:00") : time;
    }
  }
}
