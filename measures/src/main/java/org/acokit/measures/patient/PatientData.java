/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.patient;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.acokit.io.Failure;
import org.acokit.io.FailureCode;
import org.acokit.measures.terminology.CodeDictionary;

/**
 * A columnar dataset of patients and their clinical facts: the input of measure evaluation.
 * <p>
 * Patients are indexed 0 to {@link #size()} - 1, with their id, birth date (epoch day), sex, race
 * and ethnicity codes, preferred language and named coded attributes (such as dual status) in
 * primitive arrays; their facts are in one {@link FactTable} per {@link FactKind}, sorted by
 * patient. Codes are interned in {@link #codes()}, strings in {@link #tokens()}.
 * <p>
 * Datasets are mergeable: partial datasets read by several readers or threads combine with
 * {@link #merge(List)}, which joins the facts of a patient id found in several partials and
 * leaves out every patient that failed in any partial ({@link #failures()}). Build one with
 * {@link PatientDataBuilder} or read one with {@code org.acokit.measures.fhir.FhirReader}.
 * Immutable and thread-safe.
 */
public final class PatientData {

  /** The sexes by ordinal (values() clones its array on every call). */
  private static final AdministrativeSex[] SEXES = AdministrativeSex.values();


  /** The epoch day of a missing date. */
  public static final int NO_DATE = Integer.MIN_VALUE;

  private final String[] ids;
  private final String[] sources;
  private final int[] birthDates;
  private final byte[] sexes;
  private final int[] languages;
  private final boolean[] hasResource;
  final int[] raceStart;
  final int[] races;
  final int[] ethnicityStart;
  final int[] ethnicities;
  final int[] attributeStart;
  final int[] attributeCodes;
  final int[] attributeNames;
  private final EnumMap<FactKind, FactTable> tables;
  private final CodeDictionary codes;
  private final Tokens tokens;
  private final ImmutableMap<String, Failure> failures;
  private volatile Map<String, Integer> index;

  PatientData(String[] ids, String[] sources, int[] birthDates, byte[] sexes, int[] languages, boolean[] hasResource,
      int[] raceStart, int[] races, int[] ethnicityStart, int[] ethnicities, int[] attributeStart,
      int[] attributeCodes, int[] attributeNames, EnumMap<FactKind, FactTable> tables, CodeDictionary codes,
      Tokens tokens, Map<String, Failure> failures) {
    this.ids = ids;
    this.sources = sources;
    this.birthDates = birthDates;
    this.sexes = sexes;
    this.languages = languages;
    this.hasResource = hasResource;
    this.raceStart = raceStart;
    this.races = races;
    this.ethnicityStart = ethnicityStart;
    this.ethnicities = ethnicities;
    this.attributeStart = attributeStart;
    this.attributeCodes = attributeCodes;
    this.attributeNames = attributeNames;
    this.tables = tables;
    this.codes = codes;
    this.tokens = tokens;
    this.failures = ImmutableMap.copyOf(failures);
  }

  /**
   * Merges partial datasets: patients by id in order of first appearance, facts of a patient from
   * every partial, attributes set by any partial (a later one wins for single-valued ones); a
   * patient failed in any partial is left out, and every failure is kept.
   *
   * @param parts the partial datasets
   * @return the merged dataset
   */
  public static PatientData merge(List<PatientData> parts) {
    Map<String, Failure> failed = new LinkedHashMap<>();
    for (PatientData d : parts) {
      d.failures.forEach(failed::putIfAbsent);
    }
    PatientDataBuilder b = new PatientDataBuilder();
    Set<String> exclude = new HashSet<>(failed.keySet());
    for (PatientData d : parts) {
      b.addAll(d, exclude);
    }
    failed.forEach(b::fail);
    return b.build();
  }

  /**
   * The number of patients.
   *
   * @return the size
   */
  public int size() {
    return ids.length;
  }

  /**
   * A patient's id.
   *
   * @param patient the index
   * @return the id
   */
  public String id(int patient) {
    return ids[patient];
  }

  /**
   * The index of a patient id.
   *
   * @param id the id
   * @return the index, or -1 if absent
   */
  public int indexOf(String id) {
    Map<String, Integer> m = index;
    if (m == null) {
      m = new HashMap<>();
      for (int i = 0; i < ids.length; i++) {
        m.put(ids[i], i);
      }
      index = m;
    }
    Integer i = m.get(id);
    return i == null ? -1 : i;
  }

  /**
   * Where the patient's own resource was read from (a file name), empty if unknown.
   *
   * @param patient the index
   * @return the source
   */
  public String source(int patient) {
    return sources[patient];
  }

  /**
   * Whether the patient's own resource (FHIR Patient) was read; a patient known only from
   * references of its facts has none.
   *
   * @param patient the index
   * @return true if read
   */
  public boolean hasPatientResource(int patient) {
    return hasResource[patient];
  }

  /**
   * The birth date as an epoch day, {@link #NO_DATE} if missing.
   *
   * @param patient the index
   * @return the epoch day
   */
  public int birthDateEpochDay(int patient) {
    return birthDates[patient];
  }

  /**
   * The birth date.
   *
   * @param patient the index
   * @return the date, or null if missing
   */
  public LocalDate birthDate(int patient) {
    return birthDates[patient] == NO_DATE ? null : LocalDate.ofEpochDay(birthDates[patient]);
  }

  /**
   * The administrative sex.
   *
   * @param patient the index
   * @return the sex, or null if missing
   */
  public AdministrativeSex sex(int patient) {
    return sexes[patient] < 0 ? null : SEXES[sexes[patient]];
  }

  /**
   * The preferred language code id, -1 if missing.
   *
   * @param patient the index
   * @return the code id
   */
  public int language(int patient) {
    return languages[patient];
  }

  /**
   * The race code ids (OMB categories and detailed codes).
   *
   * @param patient the index
   * @return a new array of code ids
   */
  public int[] races(int patient) {
    return java.util.Arrays.copyOfRange(races, raceStart[patient], raceStart[patient + 1]);
  }

  /**
   * Whether the patient has a race code.
   *
   * @param patient the index
   * @param codeId the code id
   * @return true if present
   */
  public boolean hasRace(int patient, int codeId) {
    for (int i = raceStart[patient]; i < raceStart[patient + 1]; i++) {
      if (races[i] == codeId) {
        return true;
      }
    }
    return false;
  }

  /**
   * Which of several race codes the patient has, in one pass over the patient's race codes: bit
   * {@code i} is set if {@code codeIds[i]} is among them (a negative id never is).
   *
   * @param patient the index
   * @param codeIds the code ids, at most 32
   * @return the bit mask
   */
  public int raceMask(int patient, int[] codeIds) {
    return mask(races, raceStart[patient], raceStart[patient + 1], codeIds);
  }

  /**
   * Which of several ethnicity codes the patient has, in one pass: bit {@code i} is set if
   * {@code codeIds[i]} is among them (a negative id never is).
   *
   * @param patient the index
   * @param codeIds the code ids, at most 32
   * @return the bit mask
   */
  public int ethnicityMask(int patient, int[] codeIds) {
    return mask(ethnicities, ethnicityStart[patient], ethnicityStart[patient + 1], codeIds);
  }

  private static int mask(int[] values, int from, int to, int[] codeIds) {
    int mask = 0;
    for (int i = from; i < to; i++) {
      int v = values[i];
      for (int k = 0; k < codeIds.length; k++) {
        if (codeIds[k] == v) {
          mask |= 1 << k;
        }
      }
    }
    return mask;
  }

  /**
   * The ethnicity code ids.
   *
   * @param patient the index
   * @return a new array of code ids
   */
  public int[] ethnicities(int patient) {
    return java.util.Arrays.copyOfRange(ethnicities, ethnicityStart[patient], ethnicityStart[patient + 1]);
  }

  /**
   * Whether the patient has an ethnicity code.
   *
   * @param patient the index
   * @param codeId the code id
   * @return true if present
   */
  public boolean hasEthnicity(int patient, int codeId) {
    for (int i = ethnicityStart[patient]; i < ethnicityStart[patient + 1]; i++) {
      if (ethnicities[i] == codeId) {
        return true;
      }
    }
    return false;
  }

  /**
   * The code id of a named attribute (the first if several), -1 if the patient has none.
   *
   * @param patient the index
   * @param nameToken the attribute name's token id ({@code tokens().id(name)})
   * @return the code id
   */
  public int attribute(int patient, int nameToken) {
    for (int i = attributeStart[patient]; i < attributeStart[patient + 1]; i++) {
      if (attributeNames[i] == nameToken) {
        return attributeCodes[i];
      }
    }
    return -1;
  }

  /**
   * Where the patient's race value came from (attribute {@link DataSource#RACE_ATTRIBUTE}).
   *
   * @param patient the index
   * @return the source, {@link DataSource#UNKNOWN} when not recorded
   * @throws IllegalArgumentException if the attribute holds a code other than direct, indirect or unknown
   */
  public DataSource raceSource(int patient) {
    return source(patient, DataSource.RACE_ATTRIBUTE);
  }

  /**
   * Where the patient's ethnicity value came from (attribute {@link DataSource#ETHNICITY_ATTRIBUTE}).
   *
   * @param patient the index
   * @return the source, {@link DataSource#UNKNOWN} when not recorded
   * @throws IllegalArgumentException if the attribute holds a code other than direct, indirect or unknown
   */
  public DataSource ethnicitySource(int patient) {
    return source(patient, DataSource.ETHNICITY_ATTRIBUTE);
  }

  private DataSource source(int patient, String attribute) {
    int name = tokens.id(attribute);
    int code = name < 0 ? -1 : attribute(patient, name);
    return code < 0 ? DataSource.UNKNOWN : DataSource.ofCode(codes.code(code));
  }

  /**
   * The facts of a kind.
   *
   * @param kind the kind
   * @return the table
   */
  public FactTable table(FactKind kind) {
    return tables.get(kind);
  }

  /**
   * The interned codes of the dataset.
   *
   * @return the dictionary (frozen)
   */
  public CodeDictionary codes() {
    return codes;
  }

  /**
   * The interned strings of the dataset.
   *
   * @return the tokens (frozen)
   */
  public Tokens tokens() {
    return tokens;
  }

  /**
   * The patients left out because of a bad record, by patient id, each with its failure.
   *
   * @return the failures
   */
  public ImmutableMap<String, Failure> failures() {
    return failures;
  }

  /**
   * The failures in order.
   *
   * @return the failures
   */
  public ImmutableList<Failure> failureList() {
    return failures.values().asList();
  }

  /**
   * The bytes of the dataset's primitive columns: the patients' birth dates, sexes, languages,
   * race, ethnicity and attribute columns, and every fact table's
   * ({@link FactTable#columnBytes()}); id and source strings (for explanations and failures) not
   * counted. The yardstick of the evaluator's memory use.
   *
   * @return the byte count
   */
  public long columnBytes() {
    long b = 4L * birthDates.length + sexes.length + 4L * languages.length + hasResource.length
        + 4L * (raceStart.length + races.length + ethnicityStart.length + ethnicities.length + attributeStart.length
        + attributeCodes.length + attributeNames.length);
    for (FactTable t : tables.values()) {
      b += t.columnBytes();
    }
    return b;
  }
}
