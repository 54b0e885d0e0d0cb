/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.puf;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Converts one published cell of a CMS public use file into a typed value, as every year's file
 * prints it: missing markers, money, counts, rates, flags and dates.
 * <p>
 * Cells that are blank, {@code -} (not applicable), {@code *} (suppressed), {@code NA},
 * {@code N/A}, {@code #N/A} or {@code .} are {@linkplain #isMissing(String) missing}. Every
 * converter throws {@link IllegalArgumentException} with a message naming the value and what was
 * expected; the caller adds the column. Pure functions; thread-safe.
 */
public final class PufCells {

  /** Cells that mean "not applicable", "suppressed" or "not available"; compared ignoring case. */
  private static final List<String> MISSING = List.of("", "-", "*", "NA", "N/A", ".", "#N/A");

  private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
      DateTimeFormatter.ofPattern("M/d/uuuu", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT),
      new DateTimeFormatterBuilder()
          .appendPattern("M/d/")
          .appendValueReduced(ChronoField.YEAR, 2, 2, 2000)
          .toFormatter(Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT),
      DateTimeFormatter.ISO_LOCAL_DATE,
      DateTimeFormatter.BASIC_ISO_DATE,
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendPattern("ddMMMuuuu")
          .toFormatter(Locale.ENGLISH)
          .withResolverStyle(ResolverStyle.STRICT),
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendPattern("d-MMM-uuuu")
          .toFormatter(Locale.ENGLISH)
          .withResolverStyle(ResolverStyle.STRICT));

  private PufCells() {
  }

  /**
   * Whether a cell is blank or a not-applicable, suppressed or not-available marker
   * ({@code -}, {@code *}, {@code NA}, {@code N/A}, {@code #N/A}, {@code .}), ignoring case and
   * surrounding spaces.
   *
   * @param raw the cell as published, may be null
   * @return true if the cell holds no value
   */
  public static boolean isMissing(String raw) {
    String value = raw == null ? "" : raw.trim();
    for (String marker : MISSING) {
      if (marker.equalsIgnoreCase(value)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A number as published: {@code $}, thousands separators and spaces are dropped, parentheses or
   * a leading {@code -} (also after the {@code $}) mean negative; scientific notation is allowed.
   * Example: {@code "$(1,234.50)"} is -1234.5.
   *
   * @param raw the cell, not missing
   * @return the number
   * @throws IllegalArgumentException if the cell is not a number or is beyond the range of a double
   *     ({@code 1e400}), naming it
   */
  public static double number(String raw) {
    String text = raw.trim().replace("$", "").replace(",", "").replace(" ", "").replace("\u00A0", "");
    boolean negative = false;
    if (text.length() >= 2 && text.startsWith("(") && text.endsWith(")")) {
      negative = true;
      text = text.substring(1, text.length() - 1);
    }
    if (!NUMBER.matcher(text).matches()) {
      throw new IllegalArgumentException("'" + raw + "' is not a number");
    }
    double value = Double.parseDouble(text);
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("'" + (raw.length() > 40 ? raw.substring(0, 40) + "..." : raw)
          + "' is beyond the range of a double (not a finite number)");
    }
    return negative ? -value : value;
  }

  /**
   * A whole number, such as a count of beneficiaries; {@code 7,207} and {@code 7207.0} are allowed.
   *
   * @param raw the cell, not missing
   * @return the number
   * @throws IllegalArgumentException if the cell is not a whole number within the range of an int
   */
  public static int wholeNumber(String raw) {
    double value;
    try {
      value = number(raw);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + raw + "' is not a whole number");
    }
    if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("'" + raw + "' is not a whole number");
    }
    return (int) value;
  }

  /**
   * A rate with or without a {@code %} sign, divided by 100 when the column is in percent.
   * Example: {@code rate("7.43%", true)} is 0.0743, {@code rate("0.0743", false)} is 0.0743.
   *
   * @param raw the cell, not missing
   * @param percent whether the column is in percent
   * @return the rate, a fraction if {@code percent} says the column's scale right
   * @throws IllegalArgumentException if the cell is not a rate
   */
  public static double rate(String raw, boolean percent) {
    String text = raw.trim();
    if (text.endsWith("%")) {
      text = text.substring(0, text.length() - 1);
    }
    double value;
    try {
      value = number(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + raw + "' is not a rate"
          + (e.getMessage().contains("finite") ? " (beyond the range of a double)" : ""));
    }
    return percent ? value / 100.0 : value;
  }

  /**
   * A measure's published value as printed, without changing its unit: {@code 84.23},
   * {@code 84.23%} and {@code 1,234} read as 84.23, 84.23 and 1234; a missing cell reads as
   * empty.
   *
   * @param raw the cell as published, may be null
   * @return the value, empty if the cell is missing
   * @throws IllegalArgumentException if the cell is neither missing nor a number
   */
  public static OptionalDouble measureValue(String raw) {
    if (isMissing(raw)) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(rate(raw, false));
  }

  /**
   * A yes/no flag: 1/0, 1.0/0.0, Y/N, Yes/No, T/F, TRUE/FALSE, ignoring case.
   *
   * @param raw the cell, not missing
   * @return the flag
   * @throws IllegalArgumentException if the cell is not a flag
   */
  public static boolean flag(String raw) {
    String text = raw.trim().toLowerCase(Locale.ROOT);
    switch (text) {
      case "1":
      case "1.0":
      case "y":
      case "yes":
      case "t":
      case "true":
        return true;
      case "0":
      case "0.0":
      case "n":
      case "no":
      case "f":
      case "false":
        return false;
      default:
        throw new IllegalArgumentException("'" + raw + "' is not a yes/no flag");
    }
  }

  /**
   * A date: {@code 1/1/2014}, {@code 01/01/2016 12:00:00 AM}, {@code 1/1/16 00:00} (two-digit
   * years are 20xx), {@code 2019-07-01}, {@code 20190701}, {@code 01JUL2019}, {@code 1-Jul-2019}.
   *
   * @param raw the cell, not missing
   * @return the date
   * @throws IllegalArgumentException if the cell is not a date in one of these forms
   */
  public static LocalDate date(String raw) {
    String text = raw.trim();
    int space = text.indexOf(' ');
    if (space > 0) {
      text = text.substring(0, space);
    }
    if (text.length() > 10 && text.charAt(4) == '-' && text.indexOf('T') == 10) {
      text = text.substring(0, 10);
    }
    for (DateTimeFormatter format : DATE_FORMATS) {
      try {
        return LocalDate.parse(text, format);
      } catch (DateTimeParseException e) {
        // try the next format
      }
    }
    throw new IllegalArgumentException("'" + raw + "' is not a date");
  }
}
