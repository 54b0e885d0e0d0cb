/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures;

import java.util.Objects;
import java.util.regex.Pattern;
import org.acokit.io.Failure;
import org.acokit.io.FailureCode;
import org.acokit.io.FailureException;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The program whose measure sets and benchmarks a {@link MeasureCatalog} holds, by name: the
 * built-in catalog's {@link #APP}, {@link #MSSP} and {@link #PIONEER}, and any program a
 * third-party catalog adds ({@code CatalogProgram.of("PAYER")}).
 * <p>
 * Not an enum because {@link MeasureCatalog} is a {@code ServiceLoader} service: other catalogs
 * may hold programs of their own. A name is upper-case letters, digits and underscores, starting
 * with a letter; its JSON form is the name ({@code "program" : "APP"}). Immutable and thread-safe;
 * equal when the names are equal.
 */
public final class CatalogProgram implements Comparable<CatalogProgram> {

  private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

  /** The APM Performance Pathway (Shared Savings Program quality from PY2021). */
  public static final CatalogProgram APP = new CatalogProgram("APP");
  /** The Shared Savings Program's own quality measure set, PY2012-2020. */
  public static final CatalogProgram MSSP = new CatalogProgram("MSSP");
  /** The Pioneer ACO Model. */
  public static final CatalogProgram PIONEER = new CatalogProgram("PIONEER");

  private final String name;

  private CatalogProgram(String name) {
    this.name = name;
  }

  /**
   * The program of a name.
   *
   * @param name the name, such as {@code APP} or a third-party catalog's {@code PAYER}
   * @return the program; the built-in constant for a built-in name
   * @throws FailureException (an {@link IllegalArgumentException}) if the name is null or not
   *     upper-case letters, digits and underscores starting with a letter
   */
  @JsonCreator
  public static CatalogProgram of(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new FailureException(Failure.of(name == null ? FailureCode.MISSING_VALUE : FailureCode.INVALID_VALUE,
          "program", name, "catalog program must be upper-case letters, digits and underscores "
          + "starting with a letter (such as APP, MSSP, PIONEER), but was '" + name + "'"));
    }
    switch (name) {
      case "APP":
        return APP;
      case "MSSP":
        return MSSP;
      case "PIONEER":
        return PIONEER;
      default:
        return new CatalogProgram(name);
    }
  }

  /**
   * The name, such as {@code APP}; also the JSON form.
   *
   * @return the name
   */
  @JsonValue
  public String name() {
    return name;
  }

  @Override
  public int compareTo(CatalogProgram other) {
    return name.compareTo(other.name);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CatalogProgram && ((CatalogProgram) other).name.equals(name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name);
  }

  @Override
  public String toString() {
    return name;
  }
}
