/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.evaluation;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.acokit.measures.patient.CodedField;
import org.acokit.measures.patient.DateTimes;
import org.acokit.measures.patient.FactFlag;
import org.acokit.measures.patient.FactKind;
import org.acokit.measures.patient.FactTable;
import org.acokit.measures.patient.NumberField;
import org.acokit.measures.patient.PatientData;
import org.acokit.measures.patient.TimeField;
import org.acokit.measures.patient.TokenField;
import org.acokit.measures.terminology.Code;
import org.acokit.measures.terminology.CodeDictionary;
import org.acokit.measures.terminology.ValueSets;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The six eCQMs (2025) written as SQL in DuckDB, for the benchmark baseline: the same
 * {@link PatientData} loaded into in-memory tables (patients, encounters, conditions, observations,
 * procedures, medication requests; codes as the dataset's code ids, value sets as a
 * {@code vs(name, code)} table), one query per measure returning its population counts.
 * <p>
 * Faithful to the measure specifications for the fact kinds loaded, with their statuses,
 * categories, value-set and code membership, day and millisecond precisions, prevalence
 * intervals and null semantics. Named gaps (the loader refuses data it could not represent):
 * ServiceRequest, DeviceRequest, AllergyIntolerance and AdverseEvent facts are not loaded (so the
 * hospice ServiceRequest, frailty DeviceRequest, statin allergy and adverse reaction branches are
 * absent), dementia medications (cumulative medication duration) are not computed, and every
 * coded field holds at most one coding per fact (the synthetic generator's shape). Timing in UTC.
 */
final class MeasuresSql {

  private static final long DAY = DateTimes.MILLIS_PER_DAY;
  private static final String VS = "http://cts.nlm.nih.gov/fhir/ValueSet/";
  private static final long MIN = -62135596800000L;
  private static final long MAX = 253402300799999L;

  private final Connection connection;
  private final Map<String, String> queries = new LinkedHashMap<>();

  private MeasuresSql(Connection connection) {
    this.connection = connection;
  }

  /**
   * Loads a dataset into a new in-memory DuckDB with the given thread count.
   */
  static MeasuresSql load(PatientData data, ValueSets valueSets, int threads) throws SQLException {
    Connection c = DriverManager.getConnection("jdbc:duckdb:");
    MeasuresSql sql = new MeasuresSql(c);
    try (Statement s = c.createStatement()) {
      s.execute("SET threads TO " + threads);
      s.execute("CREATE TABLE patients (pid INTEGER, birth DATE, female BOOLEAN)");
      s.execute("CREATE TABLE enc (pid INTEGER, rid INTEGER, code INTEGER, class INTEGER, disch INTEGER,"
          + " status VARCHAR, s BIGINT, e BIGINT)");
      s.execute("CREATE TABLE cond (pid INTEGER, code INTEGER, cat INTEGER, clin INTEGER, body INTEGER, s BIGINT,"
          + " abate BIGINT)");
      s.execute("CREATE TABLE obs (pid INTEGER, code INTEGER, cat INTEGER, status VARCHAR, s BIGINT, e BIGINT,"
          + " issued BIGINT, val DOUBLE, unit VARCHAR, vcode INTEGER, reason INTEGER, has_value BOOLEAN,"
          + " enc_rid INTEGER, sys DOUBLE, sys_unit VARCHAR, dia DOUBLE, dia_unit VARCHAR)");
      s.execute("CREATE TABLE proc (pid INTEGER, code INTEGER, status VARCHAR, s BIGINT, e BIGINT)");
      s.execute("CREATE TABLE medreq (pid INTEGER, code INTEGER, status VARCHAR, intent VARCHAR, authored BIGINT,"
          + " bs BIGINT, be BIGINT, dnp BOOLEAN, reason INTEGER)");
      s.execute("CREATE TABLE vs (name VARCHAR, code INTEGER)");
      for (String macro : SqlText.MACROS.split(";")) {
        if (!macro.isBlank()) {
          s.execute(macro);
        }
      }
    }
    sql.loadData(data);
    sql.loadValueSets(data.codes(), valueSets);
    sql.prepareQueries(data.codes());
    return sql;
  }

  private void loadData(PatientData d) throws SQLException {
    DuckDBConnection c = (DuckDBConnection) connection;
    for (FactKind k : List.of(FactKind.SERVICE_REQUEST, FactKind.DEVICE_REQUEST, FactKind.ALLERGY_INTOLERANCE,
        FactKind.ADVERSE_EVENT, FactKind.MEDICATION_DISPENSE, FactKind.IMMUNIZATION, FactKind.DIAGNOSTIC_REPORT)) {
      if (d.table(k).size() > 0) {
        throw new IllegalArgumentException("the SQL baseline does not load " + k + " facts, but the data has "
            + d.table(k).size());
      }
    }
    Map<String, Integer> rids = new HashMap<>();
    try (DuckDBAppender a = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "patients")) {
      for (int p = 0; p < d.size(); p++) {
        a.beginRow();
        a.append(p);
        a.append(d.birthDate(p));
        a.append(d.sex(p) == org.acokit.measures.patient.AdministrativeSex.FEMALE);
        a.endRow();
      }
    }
    FactTable t = d.table(FactKind.ENCOUNTER);
    try (DuckDBAppender a = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "enc")) {
      for (int p = 0; p < d.size(); p++) {
        for (int r = t.start(p); r < t.end(p); r++) {
          a.beginRow();
          a.append(p);
          a.append(rids.computeIfAbsent(t.resourceId(r), k -> rids.size()));
          code(a, t, CodedField.CODE, r);
          code(a, t, CodedField.CLASS, r);
          code(a, t, CodedField.DISCHARGE_DISPOSITION, r);
          token(a, d, t, TokenField.STATUS, r);
          time(a, t, TimeField.START, r, null);
          time(a, t, TimeField.END, r, MAX);
          a.endRow();
        }
      }
    }
    t = d.table(FactKind.CONDITION);
    try (DuckDBAppender a = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "cond")) {
      for (int p = 0; p < d.size(); p++) {
        for (int r = t.start(p); r < t.end(p); r++) {
          a.beginRow();
          a.append(p);
          code(a, t, CodedField.CODE, r);
          code(a, t, CodedField.CATEGORY, r);
          code(a, t, CodedField.CLINICAL_STATUS, r);
          code(a, t, CodedField.BODY_SITE, r);
          long onset = t.instant(TimeField.START, r);
          a.append(onset == DateTimes.ABSENT ? MIN : onset);
          long abate = t.instant(TimeField.ABATEMENT_END, r) != DateTimes.ABSENT ? t.instant(TimeField.ABATEMENT_END, r)
              : t.instant(TimeField.ABATEMENT_START, r);
          nullable(a, abate);
          a.endRow();
        }
      }
    }
    t = d.table(FactKind.OBSERVATION);
    int systolic = d.codes().id(org.acokit.measures.terminology.CodeSystems.LOINC, "8480-6");
    int diastolic = d.codes().id(org.acokit.measures.terminology.CodeSystems.LOINC, "8462-4");
    try (DuckDBAppender a = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "obs")) {
      for (int p = 0; p < d.size(); p++) {
        for (int r = t.start(p); r < t.end(p); r++) {
          a.beginRow();
          a.append(p);
          code(a, t, CodedField.CODE, r);
          code(a, t, CodedField.CATEGORY, r);
          token(a, d, t, TokenField.STATUS, r);
          time(a, t, TimeField.START, r, null);
          time(a, t, TimeField.END, r, MAX);
          nullable(a, t.instant(TimeField.ISSUED, r));
          if (t.hasNumber(NumberField.VALUE, r)) {
            a.append(t.number(NumberField.VALUE, r));
          } else {
            a.appendNull();
          }
          token(a, d, t, TokenField.VALUE_UNIT, r);
          code(a, t, CodedField.VALUE, r);
          code(a, t, CodedField.REASON, r);
          a.append(t.flag(FactFlag.HAS_VALUE, r));
          int ref = t.token(TokenField.ENCOUNTER_REFERENCE, r);
          if (ref < 0) {
            a.appendNull();
          } else {
            a.append(rids.computeIfAbsent(d.tokens().value(ref), k -> rids.size()));
          }
          component(a, d, t, r, systolic);
          component(a, d, t, r, diastolic);
          a.endRow();
        }
      }
    }
    t = d.table(FactKind.PROCEDURE);
    try (DuckDBAppender a = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "proc")) {
      for (int p = 0; p < d.size(); p++) {
        for (int r = t.start(p); r < t.end(p); r++) {
          a.beginRow();
          a.append(p);
          code(a, t, CodedField.CODE, r);
          token(a, d, t, TokenField.STATUS, r);
          time(a, t, TimeField.START, r, null);
          time(a, t, TimeField.END, r, MAX);
          a.endRow();
        }
      }
    }
    t = d.table(FactKind.MEDICATION_REQUEST);
    try (DuckDBAppender a = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "medreq")) {
      for (int p = 0; p < d.size(); p++) {
        for (int r = t.start(p); r < t.end(p); r++) {
          a.beginRow();
          a.append(p);
          code(a, t, CodedField.CODE, r);
          token(a, d, t, TokenField.STATUS, r);
          token(a, d, t, TokenField.INTENT, r);
          nullable(a, t.instant(TimeField.AUTHORED_ON, r));
          nullable(a, t.instant(TimeField.BOUNDS_START, r));
          nullable(a, t.instant(TimeField.BOUNDS_END, r));
          a.append(t.flag(FactFlag.DO_NOT_PERFORM, r));
          code(a, t, CodedField.REASON, r);
          a.endRow();
        }
      }
    }
  }

  private static void code(DuckDBAppender a, FactTable t, CodedField f, int r) throws SQLException {
    int n = t.codeEnd(f, r) - t.codeStart(f, r);
    if (n > 1) {
      throw new IllegalArgumentException("the SQL baseline holds one coding per field, but " + t.kind() + "/"
          + t.resourceId(r) + " has " + n + " in " + f);
    }
    if (n == 0) {
      a.appendNull();
    } else {
      a.append(t.codeAt(f, t.codeStart(f, r)));
    }
  }

  private static void token(DuckDBAppender a, PatientData d, FactTable t, TokenField f, int r) throws SQLException {
    int k = t.token(f, r);
    if (k < 0) {
      a.appendNull();
    } else {
      a.append(d.tokens().value(k));
    }
  }

  /** A main-timing bound: absent when the fact has no timing; a missing side of a Period is MIN or MAX. */
  private static void time(DuckDBAppender a, FactTable t, TimeField f, int r, Long open) throws SQLException {
    long v = t.instant(f, r);
    if (v != DateTimes.ABSENT) {
      a.append(v);
    } else if (open != null && t.flag(FactFlag.TIMING_IS_PERIOD, r)) {
      a.append(open);
    } else {
      a.appendNull();
    }
  }

  private static void nullable(DuckDBAppender a, long v) throws SQLException {
    if (v == DateTimes.ABSENT) {
      a.appendNull();
    } else {
      a.append(v);
    }
  }

  private static void component(DuckDBAppender a, PatientData d, FactTable t, int r, int code) throws SQLException {
    int found = -1;
    for (int c = t.componentStart(r); c < t.componentEnd(r); c++) {
      if (code >= 0 && t.componentHasCode(c, code)) {
        if (found >= 0) {
          throw new IllegalArgumentException("singleton from: more than one component " + code + " in "
              + t.resourceId(r));
        }
        found = c;
      }
    }
    if (found < 0 || Double.isNaN(t.componentValue(found))) {
      a.appendNull();
      a.appendNull();
    } else {
      a.append(t.componentValue(found));
      int u = t.componentUnit(found);
      if (u < 0) {
        a.appendNull();
      } else {
        a.append(d.tokens().value(u));
      }
    }
  }

  private static final Map<String, String[]> VALUE_SETS = new LinkedHashMap<>();

  static {
    VALUE_SETS.put("aoe", new String[] {"2.16.840.1.113883.3.464.1003.101.12.1001", "2.16.840.1.113883.3.526.3.1240",
        "2.16.840.1.113883.3.464.1003.101.12.1025", "2.16.840.1.113883.3.464.1003.101.12.1023",
        "2.16.840.1.113883.3.464.1003.101.12.1016", "2.16.840.1.113883.3.464.1003.101.12.1089",
        "2.16.840.1.113883.3.464.1003.101.12.1080"});
    VALUE_SETS.put("enc_inpatient", new String[] {"2.16.840.1.113883.3.666.5.307"});
    VALUE_SETS.put("hospice_enc", new String[] {"2.16.840.1.113883.3.464.1003.1003"});
    VALUE_SETS.put("hospice_amb", new String[] {"2.16.840.1.113883.3.526.3.1584"});
    VALUE_SETS.put("hospice_dx", new String[] {"2.16.840.1.113883.3.464.1003.1165"});
    VALUE_SETS.put("pal_dx", new String[] {"2.16.840.1.113883.3.464.1003.1167"});
    VALUE_SETS.put("pal_enc", new String[] {"2.16.840.1.113883.3.464.1003.101.12.1090"});
    VALUE_SETS.put("pal_int", new String[] {"2.16.840.1.113883.3.464.1003.198.12.1135"});
    VALUE_SETS.put("frail_dx", new String[] {"2.16.840.1.113883.3.464.1003.113.12.1074"});
    VALUE_SETS.put("frail_enc", new String[] {"2.16.840.1.113883.3.464.1003.101.12.1088"});
    VALUE_SETS.put("frail_sym", new String[] {"2.16.840.1.113883.3.464.1003.113.12.1075"});
    VALUE_SETS.put("frail_dev", new String[] {"2.16.840.1.113883.3.464.1003.118.12.1300"});
    VALUE_SETS.put("adv_ill", new String[] {"2.16.840.1.113883.3.464.1003.110.12.1082"});
    VALUE_SETS.put("diabetes", new String[] {"2.16.840.1.113883.3.464.1003.103.12.1001"});
    VALUE_SETS.put("hba1c", new String[] {"2.16.840.1.113883.3.464.1003.198.12.1013"});
    VALUE_SETS.put("htn", new String[] {"2.16.840.1.113883.3.464.1003.104.12.1011"});
    VALUE_SETS.put("preg_renal", new String[] {"2.16.840.1.113883.3.526.3.378", "2.16.840.1.113883.3.526.3.353",
        "2.16.840.1.113883.3.464.1003.109.12.1029", "2.16.840.1.113883.3.526.3.1002"});
    VALUE_SETS.put("esrd_proc", new String[] {"2.16.840.1.113883.3.464.1003.109.12.1012",
        "2.16.840.1.113883.3.464.1003.109.12.1013"});
    VALUE_SETS.put("esrd_enc", new String[] {"2.16.840.1.113883.3.464.1003.109.12.1014"});
    VALUE_SETS.put("qe2", new String[] {"2.16.840.1.113883.3.600.1916", "2.16.840.1.113883.3.526.3.1022",
        "2.16.840.1.113883.3.464.1003.101.12.1080"});
    VALUE_SETS.put("bipolar", new String[] {"2.16.840.1.113883.3.67.1.101.1.128"});
    VALUE_SETS.put("med_adol", new String[] {"2.16.840.1.113883.3.526.3.1567"});
    VALUE_SETS.put("med_adult", new String[] {"2.16.840.1.113883.3.526.3.1566"});
    VALUE_SETS.put("fu_adol", new String[] {"2.16.840.1.113883.3.526.3.1569"});
    VALUE_SETS.put("fu_adult", new String[] {"2.16.840.1.113883.3.526.3.1568"});
    VALUE_SETS.put("medical_reason", new String[] {"2.16.840.1.113883.3.526.3.1007"});
    VALUE_SETS.put("sp_right", new String[] {"2.16.840.1.113883.3.464.1003.198.12.1070"});
    VALUE_SETS.put("sp_left", new String[] {"2.16.840.1.113883.3.464.1003.198.12.1069"});
    VALUE_SETS.put("uni_unspec", new String[] {"2.16.840.1.113883.3.464.1003.198.12.1071"});
    VALUE_SETS.put("hist_bilat", new String[] {"2.16.840.1.113883.3.464.1003.198.12.1068"});
    VALUE_SETS.put("mast_right", new String[] {"2.16.840.1.113883.3.464.1003.198.12.1134"});
    VALUE_SETS.put("mast_left", new String[] {"2.16.840.1.113883.3.464.1003.198.12.1133"});
    VALUE_SETS.put("mast_bilat", new String[] {"2.16.840.1.113883.3.464.1003.198.12.1005"});
    VALUE_SETS.put("mammo", new String[] {"2.16.840.1.113883.3.464.1003.108.12.1018"});
    VALUE_SETS.put("colon_cancer", new String[] {"2.16.840.1.113883.3.464.1003.108.12.1001"});
    VALUE_SETS.put("colectomy", new String[] {"2.16.840.1.113883.3.464.1003.198.12.1019"});
    VALUE_SETS.put("fobt", new String[] {"2.16.840.1.113883.3.464.1003.198.12.1011"});
    VALUE_SETS.put("sdna", new String[] {"2.16.840.1.113883.3.464.1003.108.12.1039"});
    VALUE_SETS.put("flexsig", new String[] {"2.16.840.1.113883.3.464.1003.198.12.1010"});
    VALUE_SETS.put("ctcol", new String[] {"2.16.840.1.113883.3.464.1003.108.12.1038"});
    VALUE_SETS.put("colonoscopy", new String[] {"2.16.840.1.113883.3.464.1003.108.12.1020"});
    VALUE_SETS.put("qe347", new String[] {"2.16.840.1.113883.3.526.3.1240", "2.16.840.1.113883.3.464.1003.101.12.1001",
        "2.16.840.1.113883.3.464.1003.101.12.1008", "2.16.840.1.113883.3.526.3.1576",
        "2.16.840.1.113883.3.464.1003.101.12.1025", "2.16.840.1.113883.3.464.1003.101.12.1026",
        "2.16.840.1.113883.3.464.1003.101.12.1023", "2.16.840.1.113883.3.464.1003.101.11.1150"});
    VALUE_SETS.put("ascvd_dx", new String[] {"2.16.840.1.113883.3.526.3.403", "2.16.840.1.113762.1.4.1047.44",
        "2.16.840.1.113762.1.4.1047.21", "2.16.840.1.113762.1.4.1047.46", "2.16.840.1.113762.1.4.1047.47"});
    VALUE_SETS.put("ascvd_proc", new String[] {"2.16.840.1.113762.1.4.1045.67", "2.16.840.1.113883.3.666.5.694",
        "2.16.840.1.113883.3.117.1.7.1.204", "2.16.840.1.113762.1.4.1138.566"});
    VALUE_SETS.put("ldl", new String[] {"2.16.840.1.113883.3.526.3.1573"});
    VALUE_SETS.put("fh", new String[] {"2.16.840.1.113762.1.4.1047.100"});
    VALUE_SETS.put("bf_rhabdo", new String[] {"2.16.840.1.113762.1.4.1047.73", "2.16.840.1.113762.1.4.1047.102"});
    VALUE_SETS.put("statin", new String[] {"2.16.840.1.113883.3.526.3.1572", "2.16.840.1.113883.3.526.3.1574",
        "2.16.840.1.113883.3.526.3.1575"});
    VALUE_SETS.put("liver", new String[] {"2.16.840.1.113883.3.464.1003.110.12.1024", "2.16.840.1.113883.3.67.1.101.1.269",
        "2.16.840.1.113762.1.4.1047.42"});
    VALUE_SETS.put("sams", new String[] {"2.16.840.1.113762.1.4.1108.85"});
    VALUE_SETS.put("esrd", new String[] {"2.16.840.1.113883.3.526.3.353"});
  }

  private void loadValueSets(CodeDictionary codes, ValueSets valueSets) throws SQLException {
    try (DuckDBAppender a = ((DuckDBConnection) connection).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "vs")) {
      for (Map.Entry<String, String[]> e : VALUE_SETS.entrySet()) {
        java.util.Set<Integer> ids = new java.util.TreeSet<>();
        for (String oid : e.getValue()) {
          for (Code c : valueSets.get(VS + oid).codes()) {
            int id = codes.id(c);
            if (id >= 0) {
              ids.add(id);
            }
          }
        }
        for (int id : ids) {
          a.beginRow();
          a.append(e.getKey());
          a.append(id);
          a.endRow();
        }
      }
    }
  }

  /** Population counts by measure id: per group, IP, DEN, DENEX, NUM, DENEXCEP. */
  Map<String, long[][]> run() throws SQLException {
    Map<String, long[][]> out = new LinkedHashMap<>();
    try (Statement s = connection.createStatement()) {
      for (Map.Entry<String, String> q : queries.entrySet()) {
        List<long[]> groups = new ArrayList<>();
        try (ResultSet r = s.executeQuery(q.getValue())) {
          while (r.next()) {
            groups.add(new long[] {r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5)});
          }
        }
        out.put(q.getKey(), groups.toArray(new long[0][]));
      }
    }
    return out;
  }

  void close() throws SQLException {
    connection.close();
  }

  private void prepareQueries(CodeDictionary codes) {
    Map<String, String> v = new HashMap<>();
    long d0 = LocalDate.of(2025, 1, 1).toEpochDay();
    v.put("D0", Long.toString(d0));
    v.put("D1", Long.toString(d0 + 364));
    v.put("MS0", Long.toString(d0 * DAY));
    v.put("MS1", Long.toString((d0 + 365) * DAY - 1));
    v.put("JUL1", Long.toString(LocalDate.of(2025, 7, 1).toEpochDay() * DAY));
    v.put("D2024", Long.toString(LocalDate.of(2024, 1, 1).toEpochDay()));
    v.put("D2023OCT", Long.toString(LocalDate.of(2023, 10, 1).toEpochDay()));
    v.put("D2023", Long.toString(LocalDate.of(2023, 1, 1).toEpochDay()));
    v.put("D2021", Long.toString(LocalDate.of(2021, 1, 1).toEpochDay()));
    v.put("D2016", Long.toString(LocalDate.of(2016, 1, 1).toEpochDay()));
    v.put("MAX", Long.toString(MAX));
    v.put("MIN", Long.toString(MIN));
    String snomed = "http://snomed.info/sct";
    String loinc = "http://loinc.org";
    v.put("ACTIVE", ids(codes, Code.of("http://terminology.hl7.org/CodeSystem/condition-clinical", "active"),
        Code.of("http://terminology.hl7.org/CodeSystem/condition-clinical", "recurrence"),
        Code.of("http://terminology.hl7.org/CodeSystem/condition-clinical", "relapse")));
    v.put("PL", ids(codes, Code.of("http://terminology.hl7.org/CodeSystem/condition-category", "problem-list-item"),
        Code.of("http://hl7.org/fhir/us/core/CodeSystem/condition-category", "health-concern")));
    v.put("LAB", ids(codes, Code.of("http://terminology.hl7.org/CodeSystem/observation-category", "laboratory")));
    v.put("SURVEY", ids(codes, Code.of("http://terminology.hl7.org/CodeSystem/observation-category", "survey")));
    v.put("HOSPICE_DISCH", ids(codes, Code.of(snomed, "428361000124107"), Code.of(snomed, "428371000124100")));
    v.put("YES", ids(codes, Code.of(snomed, "373066001")));
    v.put("HOSPICE_MDS", ids(codes, Code.of(loinc, "45755-6")));
    v.put("FACIT", ids(codes, Code.of(loinc, "71007-9")));
    v.put("EQUIPMENT", ids(codes, Code.of(loinc, "98181-1")));
    v.put("HOUSING", ids(codes, Code.of(loinc, "71802-3")));
    v.put("NURSING_HOME", ids(codes, Code.of(snomed, "160734000")));
    v.put("GMI", ids(codes, Code.of(loinc, "97506-0")));
    v.put("BP", ids(codes, Code.of(loinc, "85354-9")));
    String act = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    List<Code> inpatient = new ArrayList<>();
    for (String k : new String[] {"EMER", "IMP", "ACUTE", "NONAC", "PRENC", "SS"}) {
      inpatient.add(Code.of(act, k));
    }
    v.put("INPATIENT_CLASS", ids(codes, inpatient.toArray(new Code[0])));
    v.put("ADOL", ids(codes, Code.of(loinc, "73831-0")));
    v.put("ADULT", ids(codes, Code.of(loinc, "73832-8")));
    v.put("NEG", ids(codes, Code.of(snomed, "428171000124102")));
    v.put("POS", ids(codes, Code.of(snomed, "428181000124104")));
    v.put("DECLINED", ids(codes, Code.of(snomed, "720834000")));
    v.put("RIGHT", ids(codes, Code.of(snomed, "24028007")));
    v.put("LEFT", ids(codes, Code.of(snomed, "7771000")));
    v.put("I222", ids(codes, Code.of("http://hl7.org/fhir/sid/icd-10-cm", "I22.2")));
    v.put("RISK", ids(codes, Code.of(loinc, "99055-6"), Code.of(loinc, "79423-0")));
    for (String[] q : SqlText.QUERIES) {
      String text = SqlText.COMMON + q[1];
      for (Map.Entry<String, String> e : v.entrySet()) {
        text = text.replace("{" + e.getKey() + "}", e.getValue());
      }
      if (text.contains("{")) {
        throw new IllegalStateException("unreplaced placeholder in " + q[0] + ": "
            + text.substring(text.indexOf('{'), Math.min(text.length(), text.indexOf('{') + 20)));
      }
      queries.put(q[0], text);
    }
  }

  /** A SQL list of the ids of the codes present in the data, {@code (-1)} when none is. */
  private static String ids(CodeDictionary codes, Code... cs) {
    StringBuilder b = new StringBuilder("(-1");
    for (Code c : cs) {
      int id = codes.id(c);
      if (id >= 0) {
        b.append(", ").append(id);
      }
    }
    return b.append(')').toString();
  }
}
