/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.patient;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.acokit.io.Failure;
import org.acokit.io.FailureCode;
import org.acokit.measures.terminology.CodeDictionary;

/**
 * Builds a {@link PatientData}: patients by id, their attributes, and their facts through one
 * {@link FactWriter} per kind; a patient with a bad record is marked failed
 * ({@link #fail(String, Failure)}) and left out of the dataset, its failure kept.
 * <p>
 * Example: {@code int p = b.patient("123"); b.birthDate(p, LocalDate.of(1960, 5, 1));
 * b.fact(FactKind.CONDITION, p, "c1").code(CodedField.CODE, CodeSystems.SNOMED_CT, "44054006");
 * PatientData d = b.build();}. Not thread-safe: use one builder per thread and
 * {@link PatientData#merge(List)} the results.
 */
public final class PatientDataBuilder {

  private final CodeDictionary dictionary = new CodeDictionary();
  private final Tokens tokens = new Tokens();
  private final Map<String, Integer> patientIndex = new HashMap<>();
  private final Columns.Strings ids = new Columns.Strings();
  private final Columns.Ints sources = new Columns.Ints();
  private final Columns.Ints birthDates = new Columns.Ints();
  private final Columns.Ints sexes = new Columns.Ints();
  private final Columns.Ints languages = new Columns.Ints();
  private final Columns.Ints hasResource = new Columns.Ints();
  private final Columns.Ints racePatient = new Columns.Ints();
  private final Columns.Ints raceCode = new Columns.Ints();
  private final Columns.Ints ethnicityPatient = new Columns.Ints();
  private final Columns.Ints ethnicityCode = new Columns.Ints();
  private final Columns.Ints attributePatient = new Columns.Ints();
  private final Columns.Ints attributeName = new Columns.Ints();
  private final Columns.Ints attributeCode = new Columns.Ints();
  private final Map<String, Integer> sourceIndex = new HashMap<>();
  private final List<String> sourceNames = new ArrayList<>();
  private final EnumMap<FactKind, FactWriter> writers = new EnumMap<>(FactKind.class);
  private final Map<String, Failure> failed = new LinkedHashMap<>();

  /** Creates an empty builder. */
  public PatientDataBuilder() {
    for (FactKind k : FactKind.values()) {
      writers.put(k, new FactWriter(k, dictionary, tokens));
    }
  }

  /**
   * The index of a patient, adding it if new.
   *
   * @param id the patient's resource id
   * @return the builder's index of the patient
   * @throws IllegalArgumentException if the id is blank
   */
  public int patient(String id) {
    Integer p = patientIndex.get(id);
    if (p == null) {
      if (id.isBlank()) {
        throw new IllegalArgumentException("patient id must not be blank, but was '" + id + "'");
      }
      p = ids.size;
      patientIndex.put(id, p);
      ids.add(id);
      sources.add(-1);
      birthDates.add(PatientData.NO_DATE);
      sexes.add(-1);
      languages.add(-1);
      hasResource.add(0);
    }
    return p;
  }

  /**
   * Records that the patient's own resource (FHIR Patient) was read, and from where.
   *
   * @param patient the index
   * @param source the file or stream it came from
   * @return this builder
   */
  public PatientDataBuilder patientResource(int patient, String source) {
    hasResource.set(patient, 1);
    Integer s = sourceIndex.get(source);
    if (s == null) {
      s = sourceNames.size();
      sourceIndex.put(source, s);
      sourceNames.add(source);
    }
    sources.set(patient, s);
    return this;
  }

  /**
   * Sets the birth date.
   *
   * @param patient the index
   * @param birthDate the date
   * @return this builder
   */
  public PatientDataBuilder birthDate(int patient, LocalDate birthDate) {
    birthDates.set(patient, Math.toIntExact(birthDate.toEpochDay()));
    return this;
  }

  /**
   * Sets the administrative sex.
   *
   * @param patient the index
   * @param sex the sex
   * @return this builder
   */
  public PatientDataBuilder sex(int patient, AdministrativeSex sex) {
    sexes.set(patient, sex.ordinal());
    return this;
  }

  /**
   * Adds a race code (US Core race extension, {@code ombCategory} or {@code detailed}).
   *
   * @param patient the index
   * @param system the system
   * @param code the code
   * @return this builder
   */
  public PatientDataBuilder race(int patient, String system, String code) {
    racePatient.add(patient);
    raceCode.add(dictionary.intern(system, code));
    return this;
  }

  /**
   * Adds an ethnicity code (US Core ethnicity extension).
   *
   * @param patient the index
   * @param system the system
   * @param code the code
   * @return this builder
   */
  public PatientDataBuilder ethnicity(int patient, String system, String code) {
    ethnicityPatient.add(patient);
    ethnicityCode.add(dictionary.intern(system, code));
    return this;
  }

  /**
   * Sets the preferred language ({@code Patient.communication} with {@code preferred: true}, or the
   * first).
   *
   * @param patient the index
   * @param system the system (such as {@code urn:ietf:bcp:47})
   * @param code the code
   * @return this builder
   */
  public PatientDataBuilder language(int patient, String system, String code) {
    languages.set(patient, dictionary.intern(system, code));
    return this;
  }

  /**
   * Adds a named coded attribute, such as {@code dual-status} or a program's own flag.
   *
   * @param patient the index
   * @param name the attribute name
   * @param system the code system
   * @param code the code
   * @return this builder
   */
  public PatientDataBuilder attribute(int patient, String name, String system, String code) {
    attributePatient.add(patient);
    attributeName.add(tokens.intern(name));
    attributeCode.add(dictionary.intern(system, code));
    return this;
  }

  /**
   * Sets where the patient's race value came from (attribute {@link DataSource#RACE_ATTRIBUTE}).
   *
   * @param patient the index
   * @param source the source
   * @return this builder
   */
  public PatientDataBuilder raceSource(int patient, DataSource source) {
    return attribute(patient, DataSource.RACE_ATTRIBUTE, DataSource.SYSTEM, source.code());
  }

  /**
   * Sets where the patient's ethnicity value came from (attribute
   * {@link DataSource#ETHNICITY_ATTRIBUTE}).
   *
   * @param patient the index
   * @param source the source
   * @return this builder
   */
  public PatientDataBuilder ethnicitySource(int patient, DataSource source) {
    return attribute(patient, DataSource.ETHNICITY_ATTRIBUTE, DataSource.SYSTEM, source.code());
  }

  /**
   * Copies one patient's clinical record from a dataset under a new id: birth date, sex and
   * every fact with its resource id (so references between the patient's resources, such as an
   * Observation's encounter, stay valid); not race, ethnicity, language or attributes, which the
   * caller sets. For building datasets from template patients, such as synthetic populations.
   *
   * @param data the dataset
   * @param patient the patient's index in it
   * @param id the new patient id
   * @return the new patient's index in this builder
   * @throws IllegalArgumentException if the id is blank
   */
  public int copyClinicalRecord(PatientData data, int patient, String id) {
    int q = patient(id);
    if (data.birthDateEpochDay(patient) != PatientData.NO_DATE) {
      birthDates.set(q, data.birthDateEpochDay(patient));
    }
    if (data.sex(patient) != null) {
      sex(q, data.sex(patient));
    }
    for (FactKind k : FactKind.values()) {
      FactTable t = data.table(k);
      for (int r = t.start(patient); r < t.end(patient); r++) {
        copyRow(t, r, data, fact(k, q, t.resourceId(r)));
      }
    }
    return q;
  }

  /**
   * Starts a fact row.
   *
   * @param kind the kind
   * @param patient the patient index
   * @param resourceId the resource id
   * @return the writer of the kind, positioned on the new row
   */
  public FactWriter fact(FactKind kind, int patient, String resourceId) {
    return writers.get(kind).begin(patient, resourceId);
  }

  /**
   * Marks a patient failed: the patient is left out of the dataset (also from any dataset it is
   * merged with), and the failure is kept. The first failure of a patient is kept.
   *
   * @param patientId the patient id
   * @param failure the failure, naming the source, the resource, the field and the value
   * @return this builder
   */
  public PatientDataBuilder fail(String patientId, Failure failure) {
    failed.putIfAbsent(patientId, failure);
    return this;
  }

  /**
   * Whether a patient was marked failed.
   *
   * @param patientId the id
   * @return true if failed
   */
  public boolean isFailed(String patientId) {
    return failed.containsKey(patientId);
  }

  /**
   * Copies a dataset's patients and facts into this builder, except the given patients.
   *
   * @param data the dataset
   * @param exclude patient ids to leave out
   * @return this builder
   */
  public PatientDataBuilder addAll(PatientData data, Set<String> exclude) {
    CodeDictionary dc = data.codes();
    int[] map = new int[data.size()];
    for (int p = 0; p < data.size(); p++) {
      String id = data.id(p);
      if (exclude.contains(id)) {
        map[p] = -1;
        continue;
      }
      int q = patient(id);
      map[p] = q;
      if (data.hasPatientResource(p)) {
        patientResource(q, data.source(p));
      }
      if (data.birthDateEpochDay(p) != PatientData.NO_DATE) {
        birthDates.set(q, data.birthDateEpochDay(p));
      }
      if (data.sex(p) != null) {
        sex(q, data.sex(p));
      }
      if (data.language(p) >= 0) {
        languages.set(q, dictionary.intern(dc.system(data.language(p)), dc.code(data.language(p))));
      }
      for (int i = data.raceStart[p]; i < data.raceStart[p + 1]; i++) {
        race(q, dc.system(data.races[i]), dc.code(data.races[i]));
      }
      for (int i = data.ethnicityStart[p]; i < data.ethnicityStart[p + 1]; i++) {
        ethnicity(q, dc.system(data.ethnicities[i]), dc.code(data.ethnicities[i]));
      }
      for (int i = data.attributeStart[p]; i < data.attributeStart[p + 1]; i++) {
        attribute(q, data.tokens().value(data.attributeNames[i]), dc.system(data.attributeCodes[i]),
            dc.code(data.attributeCodes[i]));
      }
    }
    for (FactKind k : FactKind.values()) {
      FactTable t = data.table(k);
      for (int p = 0; p < data.size(); p++) {
        if (map[p] < 0) {
          continue;
        }
        for (int r = t.start(p); r < t.end(p); r++) {
          copyRow(t, r, data, fact(k, map[p], t.resourceId(r)));
        }
      }
    }
    return this;
  }

  private void copyRow(FactTable t, int r, PatientData data, FactWriter w) {
    CodeDictionary dc = data.codes();
    for (CodedField f : t.kind().codedFields()) {
      for (int i = t.codeStart(f, r); i < t.codeEnd(f, r); i++) {
        int c = t.codeAt(f, i);
        w.code(f, dc.system(c), dc.code(c));
      }
    }
    for (TimeField f : t.kind().timeFields()) {
      if (t.instant(f, r) != DateTimes.ABSENT) {
        w.time(f, t.instant(f, r), t.meta(f, r));
      }
    }
    for (NumberField f : t.kind().numberFields()) {
      if (t.hasNumber(f, r)) {
        w.number(f, t.number(f, r));
      }
    }
    for (TokenField f : TokenField.values()) {
      if (t.token(f, r) >= 0) {
        w.token(f, data.tokens().value(t.token(f, r)));
      }
    }
    for (FactFlag f : FactFlag.values()) {
      if (t.flag(f, r)) {
        w.flag(f);
      }
    }
    for (int c = t.componentStart(r); c < t.componentEnd(r); c++) {
      int from = t.componentCodeStart[c];
      int to = t.componentCodeStart[c + 1];
      String[] systems = new String[to - from];
      String[] codes = new String[to - from];
      for (int i = from; i < to; i++) {
        systems[i - from] = dc.system(t.componentCodes[i]);
        codes[i - from] = dc.code(t.componentCodes[i]);
      }
      int unit = t.componentUnit(c);
      w.component(systems, codes, t.componentValue[c], unit < 0 ? null : data.tokens().value(unit));
    }
  }

  /**
   * Builds the dataset: patients in order of first appearance, without the failed ones; facts
   * sorted by patient (stable within a patient).
   *
   * @return the dataset
   */
  public PatientData build() {
    int n = ids.size;
    int[] newIndex = new int[n];
    int kept = 0;
    for (int p = 0; p < n; p++) {
      newIndex[p] = failed.containsKey(ids.a[p]) ? -1 : kept++;
    }
    String[] outIds = new String[kept];
    String[] outSources = new String[kept];
    int[] outBirth = new int[kept];
    byte[] outSex = new byte[kept];
    int[] outLang = new int[kept];
    boolean[] outHas = new boolean[kept];
    for (int p = 0; p < n; p++) {
      int q = newIndex[p];
      if (q >= 0) {
        outIds[q] = ids.a[p];
        outSources[q] = sources.a[p] < 0 ? "" : sourceNames.get(sources.a[p]);
        outBirth[q] = birthDates.a[p];
        outSex[q] = (byte) sexes.a[p];
        outLang[q] = languages.a[p];
        outHas[q] = hasResource.a[p] != 0;
      }
    }
    int[][] race = group(kept, newIndex, racePatient, raceCode, null);
    int[][] eth = group(kept, newIndex, ethnicityPatient, ethnicityCode, null);
    int[][] attr = group(kept, newIndex, attributePatient, attributeCode, attributeName);
    EnumMap<FactKind, FactTable> tables = new EnumMap<>(FactKind.class);
    for (FactKind k : FactKind.values()) {
      tables.put(k, writers.get(k).build(kept, newIndex));
    }
    dictionary.freeze();
    tokens.freeze();
    return new PatientData(outIds, outSources, outBirth, outSex, outLang, outHas, race[0], race[1], eth[0], eth[1],
        attr[0], attr[1], attr[2], tables, dictionary, tokens, failed);
  }

  private static int[][] group(int kept, int[] newIndex, Columns.Ints patients, Columns.Ints values,
      Columns.Ints second) {
    int[] start = new int[kept + 1];
    for (int i = 0; i < patients.size; i++) {
      int q = newIndex[patients.a[i]];
      if (q >= 0) {
        start[q + 1]++;
      }
    }
    for (int q = 0; q < kept; q++) {
      start[q + 1] += start[q];
    }
    int[] next = start.clone();
    int[] out = new int[start[kept]];
    int[] out2 = new int[start[kept]];
    for (int i = 0; i < patients.size; i++) {
      int q = newIndex[patients.a[i]];
      if (q >= 0) {
        int at = next[q]++;
        out[at] = values.a[i];
        if (second != null) {
          out2[at] = second.a[i];
        }
      }
    }
    return new int[][] {start, out, out2};
  }
}
