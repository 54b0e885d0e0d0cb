/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.equity;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.common.collect.ImmutableList;
import org.acokit.io.FailureCode;
import org.acokit.measures.definition.Stratifier;
import org.acokit.measures.logic.PatientFailure;
import org.acokit.measures.logic.PatientRecord;
import org.acokit.measures.patient.AdministrativeSex;
import org.acokit.measures.patient.DataSource;
import org.acokit.measures.patient.PatientData;
import org.acokit.measures.terminology.CodeDictionary;
import org.acokit.measures.terminology.CodeSystems;

/**
 * A dimension of inequality over the patients of one dataset: race, ethnicity, preferred
 * language, sex, age band, dual/LIS status, disability, an ordered dimension (area deprivation
 * index decile, income) or any coded patient attribute. Each patient's category is resolved once
 * when the dimension is made (one look-up per patient); {@link #stratifier()} gives it to
 * {@code MeasureEvaluator.bind(..., stratifiers)}, where it and its intersections
 * ({@link #intersection}) are counted in the same pass as the measures.
 * <p>
 * Categories are explicit and never dropped: every patient is in exactly one category, with
 * "Asked but no answer" (HL7 NullFlavor {@code ASKU}) and "Unknown" ({@code UNK}, or nothing
 * recorded) as categories of their own. Race follows the OMB 1997 minimum categories as US Core
 * codes them (CDC Race and Ethnicity code system {@code urn:oid:2.16.840.1.113883.6.238}:
 * 1002-5, 2028-9, 2054-5, 2076-8, 2106-3) with "More than one race" for two or more; detailed
 * CDC codes are not categories (US Core requires the OMB category alongside). Ethnicity: 2135-2
 * Hispanic or Latino, 2186-5 Not Hispanic or Latino. The source of each race and ethnicity value
 * (direct, indirect, unknown) is its own dimension ({@link #raceSource}, {@link #ethnicitySource})
 * so reports carry it through. A code a dimension does not know (a race coding of another code
 * system, an attribute value outside the dimension's codes) makes the patient a row-level failure
 * of the evaluation ({@link FailureCode#INVALID_VALUE}, naming the dimension, the field and the
 * value), never a silent category.
 * <p>
 * Immutable and thread-safe; bound to the dataset it was made from.
 */
public final class EquityDimension {

  /** HL7 v3 NullFlavor, whose {@code ASKU} and {@code UNK} US Core allows for race and ethnicity. */
  public static final String NULL_FLAVOR = "http://terminology.hl7.org/CodeSystem/v3-NullFlavor";
  /** The "asked but no answer" category. */
  public static final String ASKED_NO_ANSWER = "Asked but no answer";
  /** The "unknown" category. */
  public static final String UNKNOWN = "Unknown";
  /** The attribute of dual-eligibility / Part D low-income subsidy status: codes {@code dual}, {@code lis}, {@code neither}. */
  public static final String DUAL_LIS_ATTRIBUTE = "dual-lis-status";
  /** The attribute of disability (for Medicare: original reason for entitlement): codes {@code yes}, {@code no}. */
  public static final String DISABILITY_ATTRIBUTE = "disability";
  /** The attribute of the area deprivation index national percentile rank: codes 1 to 100. */
  public static final String ADI_ATTRIBUTE = "adi-national-rank";

  private static final String[] OMB_RACE_CODES = {"1002-5", "2028-9", "2054-5", "2076-8", "2106-3"};
  private static final List<String> RACES = List.of("American Indian or Alaska Native", "Asian",
      "Black or African American", "Native Hawaiian or Other Pacific Islander", "White", "More than one race",
      ASKED_NO_ANSWER, UNKNOWN);
  private static final List<String> ETHNICITIES = List.of("Hispanic or Latino", "Not Hispanic or Latino",
      ASKED_NO_ANSWER, UNKNOWN);

  private static final byte INVALID = -2;

  private final String name;
  private final ImmutableList<String> strata;
  private final int[] orders;
  private final PatientData data;
  private final byte[] values;
  private final Map<Integer, String> invalid;
  private final String field;
  private final Stratifier stratifier;

  private EquityDimension(String name, List<String> strata, int[] orders, PatientData data, byte[] values,
      Map<Integer, String> invalid, String field) {
    if (strata.size() > Byte.MAX_VALUE) {
      throw new IllegalArgumentException("dimension " + name + " must have at most " + Byte.MAX_VALUE
          + " categories, but has " + strata.size());
    }
    this.name = name;
    this.strata = ImmutableList.copyOf(strata);
    this.orders = orders;
    this.data = data;
    this.values = values;
    this.invalid = Map.copyOf(invalid);
    this.field = field;
    this.stratifier = Stratifier.of(name, strata, this::stratum);
  }

  private int stratum(PatientRecord p) {
    if (p.data() != data) {
      throw new IllegalStateException("dimension " + name + " was made for another dataset");
    }
    int v = values[p.index()];
    if (v == INVALID) {
      String value = invalid.get(p.index());
      throw new PatientFailure(FailureCode.INVALID_VALUE, field, "dimension " + name + ": " + field + " is '" + value
          + "', an unknown category code; allowed: " + allowed());
    }
    return v;
  }

  private String allowed() {
    return name.equals("ADI decile") ? "national percentile ranks 1 to 100" : name.equals("race") ? "OMB race categories " + List.of(OMB_RACE_CODES) + " of " + CodeSystems.CDC_RACE_ETHNICITY
        + ", detailed CDC race codes, or NullFlavor ASKU/UNK"
        : name.equals("ethnicity") ? "2135-2, 2186-5 (or detailed codes) of " + CodeSystems.CDC_RACE_ETHNICITY
            + ", or NullFlavor ASKU/UNK" : String.valueOf(codesOf());
  }

  private List<String> codesOf() {
    return strata.subList(0, strata.size() - 1);
  }

  /**
   * Race: the OMB category of the US Core race extension, "More than one race", "Asked but no
   * answer" or "Unknown".
   *
   * @param data the dataset
   * @return the dimension
   */
  public static EquityDimension race(PatientData data) {
    return raceOrEthnicity(data, true);
  }

  /**
   * Ethnicity: "Hispanic or Latino", "Not Hispanic or Latino", "Asked but no answer" or "Unknown".
   *
   * @param data the dataset
   * @return the dimension
   */
  public static EquityDimension ethnicity(PatientData data) {
    return raceOrEthnicity(data, false);
  }

  private static EquityDimension raceOrEthnicity(PatientData data, boolean race) {
    CodeDictionary d = data.codes();
    byte[] v = new byte[data.size()];
    Map<Integer, String> bad = new HashMap<>();
    String[] omb = race ? OMB_RACE_CODES : new String[] {"2135-2", "2186-5"};
    int asked = omb.length + (race ? 1 : 0);
    for (int p = 0; p < data.size(); p++) {
      int found = -1;
      int count = 0;
      boolean askedNoAnswer = false;
      String unknownCode = null;
      for (int c : race ? data.races(p) : data.ethnicities(p)) {
        String system = d.system(c);
        String code = d.code(c);
        if (system.equals(CodeSystems.CDC_RACE_ETHNICITY)) {
          for (int k = 0; k < omb.length; k++) {
            if (omb[k].equals(code) && found != k) {
              found = k;
              count++;
            }
          }
        } else if (system.equals(NULL_FLAVOR) && (code.equals("ASKU") || code.equals("UNK"))) {
          askedNoAnswer |= code.equals("ASKU");
        } else {
          unknownCode = system + "|" + code;
        }
      }
      if (unknownCode != null) {
        v[p] = INVALID;
        bad.put(p, unknownCode);
      } else if (count > 1) {
        v[p] = (byte) omb.length;
      } else if (count == 1) {
        v[p] = (byte) found;
      } else {
        v[p] = (byte) (askedNoAnswer ? asked : asked + 1);
      }
    }
    return new EquityDimension(race ? "race" : "ethnicity", race ? RACES : ETHNICITIES, null, data, v, bad,
        race ? "Patient.extension(us-core-race)" : "Patient.extension(us-core-ethnicity)");
  }

  /**
   * The source of the race value: {@code direct}, {@code indirect}, {@code unknown}
   * ({@link PatientData#raceSource}).
   *
   * @param data the dataset
   * @return the dimension
   */
  public static EquityDimension raceSource(PatientData data) {
    return source(data, "race source", DataSource.RACE_ATTRIBUTE);
  }

  /**
   * The source of the ethnicity value: {@code direct}, {@code indirect}, {@code unknown}.
   *
   * @param data the dataset
   * @return the dimension
   */
  public static EquityDimension ethnicitySource(PatientData data) {
    return source(data, "ethnicity source", DataSource.ETHNICITY_ATTRIBUTE);
  }

  private static EquityDimension source(PatientData data, String name, String attribute) {
    List<String> strata = new ArrayList<>();
    for (DataSource s : DataSource.values()) {
      strata.add(s.code());
    }
    byte[] v = new byte[data.size()];
    Map<Integer, String> bad = new HashMap<>();
    int token = data.tokens().id(attribute);
    for (int p = 0; p < data.size(); p++) {
      int c = token < 0 ? -1 : data.attribute(p, token);
      int k = c < 0 ? DataSource.UNKNOWN.ordinal() : strata.indexOf(data.codes().code(c));
      if (k < 0) {
        v[p] = INVALID;
        bad.put(p, data.codes().code(c));
      } else {
        v[p] = (byte) k;
      }
    }
    return new EquityDimension(name, strata, null, data, v, bad, "Patient.attribute(" + attribute + ")");
  }

  /**
   * Preferred language: the listed languages (BCP 47 primary subtags such as {@code en},
   * {@code es}; {@code en-US} counts as {@code en}), "Other" and "Unknown" (none recorded).
   *
   * @param data the dataset
   * @param languages the languages to report on their own, such as {@code List.of("en", "es", "zh")}
   * @return the dimension
   * @throws IllegalArgumentException if no language is listed
   */
  public static EquityDimension language(PatientData data, List<String> languages) {
    if (languages.isEmpty()) {
      throw new IllegalArgumentException("language dimension must list at least one language");
    }
    List<String> strata = new ArrayList<>();
    for (String l : languages) {
      strata.add(l.toLowerCase(Locale.ROOT));
    }
    strata.add("Other");
    strata.add(UNKNOWN);
    byte[] v = new byte[data.size()];
    for (int p = 0; p < data.size(); p++) {
      int c = data.language(p);
      if (c < 0) {
        v[p] = (byte) (strata.size() - 1);
        continue;
      }
      String code = data.codes().code(c).toLowerCase(Locale.ROOT);
      int dash = code.indexOf('-');
      String primary = dash < 0 ? code : code.substring(0, dash);
      int k = strata.subList(0, languages.size()).indexOf(primary);
      v[p] = (byte) (k >= 0 ? k : languages.size());
    }
    return new EquityDimension("language", strata, null, data, v, Map.of(), "Patient.communication.language");
  }

  /**
   * Administrative sex: male, female, other, unknown (unknown also when not recorded).
   *
   * @param data the dataset
   * @return the dimension
   */
  public static EquityDimension sex(PatientData data) {
    List<String> strata = new ArrayList<>();
    for (AdministrativeSex s : AdministrativeSex.values()) {
      strata.add(s.code());
    }
    byte[] v = new byte[data.size()];
    for (int p = 0; p < data.size(); p++) {
      AdministrativeSex s = data.sex(p);
      v[p] = (byte) (s == null ? AdministrativeSex.UNKNOWN.ordinal() : s.ordinal());
    }
    return new EquityDimension("sex", strata, null, data, v, Map.of(), "Patient.gender");
  }

  /**
   * Age bands at a date (such as the end of the measurement period): {@code 18-44},
   * {@code 45-64}, {@code 65+} for lower bounds 18, 45, 65; below the first bound
   * {@code <18}; "Unknown" without a birth date (or born after the date).
   *
   * @param data the dataset
   * @param at the date of the age
   * @param lowerBounds the bands' lower bounds in years, ascending
   * @return the dimension
   * @throws IllegalArgumentException if the bounds are empty, negative or not ascending
   */
  public static EquityDimension ageBand(PatientData data, LocalDate at, int... lowerBounds) {
    if (lowerBounds.length == 0 || lowerBounds[0] < 0) {
      throw new IllegalArgumentException("age bands need ascending lower bounds of 0 or more");
    }
    List<String> strata = new ArrayList<>();
    if (lowerBounds[0] > 0) {
      strata.add("<" + lowerBounds[0]);
    }
    for (int i = 0; i < lowerBounds.length; i++) {
      if (i > 0 && lowerBounds[i] <= lowerBounds[i - 1]) {
        throw new IllegalArgumentException("age band lower bounds must ascend, but " + lowerBounds[i] + " follows "
            + lowerBounds[i - 1]);
      }
      strata.add(i + 1 < lowerBounds.length ? lowerBounds[i] + "-" + (lowerBounds[i + 1] - 1) : lowerBounds[i] + "+");
    }
    strata.add(UNKNOWN);
    int offset = lowerBounds[0] > 0 ? 1 : 0;
    byte[] v = new byte[data.size()];
    for (int p = 0; p < data.size(); p++) {
      int day = data.birthDateEpochDay(p);
      int age = day == PatientData.NO_DATE || LocalDate.ofEpochDay(day).isAfter(at) ? -1
          : Period.between(LocalDate.ofEpochDay(day), at).getYears();
      int k = strata.size() - 1;
      if (age >= 0) {
        k = age < lowerBounds[0] ? 0 : -1;
        for (int i = lowerBounds.length - 1; i >= 0 && k < 0; i--) {
          if (age >= lowerBounds[i]) {
            k = i + offset;
          }
        }
      }
      v[p] = (byte) k;
    }
    return new EquityDimension("age band", strata, null, data, v, Map.of(), "Patient.birthDate");
  }

  /**
   * Dual eligibility / Part D low-income subsidy (attribute {@link #DUAL_LIS_ATTRIBUTE}):
   * {@code dual}, {@code lis}, {@code neither}, "Unknown".
   *
   * @param data the dataset
   * @return the dimension
   */
  public static EquityDimension dualLis(PatientData data) {
    return attribute(data, "dual/LIS", DUAL_LIS_ATTRIBUTE, List.of("dual", "lis", "neither"), false, UNKNOWN);
  }

  /**
   * Disability (attribute {@link #DISABILITY_ATTRIBUTE}): {@code yes}, {@code no}, "Unknown".
   *
   * @param data the dataset
   * @return the dimension
   */
  public static EquityDimension disability(PatientData data) {
    return attribute(data, "disability", DISABILITY_ATTRIBUTE, List.of("yes", "no"), false, UNKNOWN);
  }

  /**
   * Area deprivation index decile (attribute {@link #ADI_ATTRIBUTE}, the national percentile
   * rank 1-100, higher = more deprived): an ordered dimension, decile 10 (ranks 91-100, most
   * disadvantaged) first, order 1, to decile 1 (ranks 1-10), order 10; "Unknown" (no rank) has
   * no order.
   *
   * @param data the dataset
   * @return the dimension
   */
  public static EquityDimension adiDecile(PatientData data) {
    List<String> strata = new ArrayList<>();
    int[] orders = new int[11];
    for (int dec = 10; dec >= 1; dec--) {
      strata.add("ADI decile " + dec);
      orders[10 - dec] = 11 - dec;
    }
    strata.add(UNKNOWN);
    byte[] v = new byte[data.size()];
    Map<Integer, String> bad = new HashMap<>();
    int token = data.tokens().id(ADI_ATTRIBUTE);
    for (int p = 0; p < data.size(); p++) {
      int c = token < 0 ? -1 : data.attribute(p, token);
      if (c < 0) {
        v[p] = 10;
        continue;
      }
      String code = data.codes().code(c);
      int rank;
      try {
        rank = Integer.parseInt(code);
      } catch (NumberFormatException e) {
        rank = -1;
      }
      if (rank < 1 || rank > 100) {
        v[p] = INVALID;
        bad.put(p, code);
      } else {
        v[p] = (byte) (10 - (rank + 9) / 10);
      }
    }
    return new EquityDimension("ADI decile", strata, orders, data, v, bad, "Patient.attribute(" + ADI_ATTRIBUTE + ")");
  }

  /**
   * A coded patient attribute as a dimension: one category per code, and a last category for
   * patients without the attribute.
   *
   * @param data the dataset
   * @param name the dimension's name
   * @param attribute the attribute name (as set with {@code PatientDataBuilder.attribute})
   * @param codes the attribute's codes; for an ordered dimension from the most disadvantaged
   *     (order 1) to the most advantaged
   * @param ordered whether the codes are ordered
   * @param missing the name of the category of patients without the attribute, such as "Unknown"
   * @return the dimension
   * @throws IllegalArgumentException if there are no codes or a code repeats
   */
  public static EquityDimension attribute(PatientData data, String name, String attribute, List<String> codes,
      boolean ordered, String missing) {
    if (codes.isEmpty() || codes.stream().distinct().count() != codes.size()) {
      throw new IllegalArgumentException("dimension " + name + " needs distinct codes, but had " + codes);
    }
    List<String> strata = new ArrayList<>(codes);
    strata.add(missing);
    int[] orders = null;
    if (ordered) {
      orders = new int[strata.size()];
      for (int i = 0; i < codes.size(); i++) {
        orders[i] = i + 1;
      }
    }
    byte[] v = new byte[data.size()];
    Map<Integer, String> bad = new HashMap<>();
    int token = data.tokens().id(attribute);
    Map<Integer, Integer> byCode = new HashMap<>();
    for (int p = 0; p < data.size(); p++) {
      int c = token < 0 ? -1 : data.attribute(p, token);
      if (c < 0) {
        v[p] = (byte) codes.size();
        continue;
      }
      Integer k = byCode.computeIfAbsent(c, id -> codes.indexOf(data.codes().code(id)));
      if (k < 0) {
        v[p] = INVALID;
        bad.put(p, data.codes().code(c));
      } else {
        v[p] = (byte) (int) k;
      }
    }
    return new EquityDimension(name, strata, orders, data, v, bad, "Patient.attribute(" + attribute + ")");
  }

  /**
   * The intersection of dimensions as one stratifier: its strata are the combinations
   * ({@code Black or African American|Hispanic or Latino|es}), named {@code race x ethnicity x language}.
   *
   * @param dimensions the dimensions, at least two
   * @return the stratifier
   * @throws IllegalArgumentException if fewer than two dimensions are given
   */
  public static Stratifier intersection(EquityDimension... dimensions) {
    List<Stratifier> parts = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (EquityDimension d : dimensions) {
      parts.add(d.stratifier());
      names.add(d.name());
    }
    return Stratifier.intersection(String.join(" x ", names), parts);
  }

  /**
   * The name, such as {@code race}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The categories, in index order.
   *
   * @return the categories
   */
  public ImmutableList<String> strata() {
    return strata;
  }

  /**
   * Whether the dimension is ordered (ADI decile, income).
   *
   * @return true if ordered
   */
  public boolean ordered() {
    return orders != null;
  }

  /**
   * The order of a category of an ordered dimension: 1 = most disadvantaged; 0 for a category
   * without an order ("Unknown") or a non-ordered dimension.
   *
   * @param stratum the category
   * @return the order
   * @throws IllegalArgumentException if the category is not one of the dimension's
   */
  public int order(String stratum) {
    int k = strata.indexOf(stratum);
    if (k < 0) {
      throw new IllegalArgumentException("category of " + name + " must be one of " + strata + ", but was " + stratum);
    }
    return orders == null ? 0 : orders[k];
  }

  /**
   * The stratifier, for {@code MeasureEvaluator.bind(..., stratifiers)}.
   *
   * @return the stratifier
   */
  public Stratifier stratifier() {
    return stratifier;
  }
}
