/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.acokit.measures.patient.CodedField;
import org.acokit.measures.patient.DateTimes;
import org.acokit.measures.patient.FactKind;
import org.acokit.measures.patient.PatientData;
import org.acokit.measures.patient.PatientDataBuilder;
import org.acokit.measures.patient.TimeField;
import org.acokit.measures.patient.TokenField;
import org.acokit.measures.terminology.CodeSystems;

/**
 * One patient as a Spark row for the tests: an id, a birth year (0 for none: the patient fails),
 * a 2025 visit, a flu vaccine, a hospice encounter. Mutable bean.
 */
public final class PatientRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private String id;
  private int birthYear;
  private boolean visit;
  private boolean vaccinated;
  private boolean hospice;

  /** For the bean encoder. */
  public PatientRow() {
  }

  /** Seeded patients. */
  static List<PatientRow> generate(long seed, int n) {
    SplittableRandom r = new SplittableRandom(seed);
    List<PatientRow> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      PatientRow p = new PatientRow();
      p.id = "p" + i;
      p.birthYear = r.nextInt(40) == 0 ? 0 : 1930 + r.nextInt(90);
      p.visit = r.nextInt(10) < 8;
      p.vaccinated = r.nextBoolean();
      p.hospice = r.nextInt(20) == 0;
      out.add(p);
    }
    return out;
  }

  /** The reader of the tests: rows to columnar patient data. */
  static PatientData read(List<PatientRow> rows) {
    PatientDataBuilder b = new PatientDataBuilder();
    for (PatientRow row : rows) {
      int p = b.patient(row.id);
      b.patientResource(p, "spark");
      if (row.birthYear != 0) {
        b.birthDate(p, LocalDate.of(row.birthYear, 6, 15));
      }
      if (row.visit) {
        b.fact(FactKind.ENCOUNTER, p, row.id + "-e").code(CodedField.CODE, CodeSystems.CPT, "99213")
            .token(TokenField.STATUS, "finished")
            .period(DateTimes.parse("2025-03-01T10:00:00Z"), DateTimes.parse("2025-03-01T10:30:00Z"));
      }
      if (row.vaccinated) {
        b.fact(FactKind.IMMUNIZATION, p, row.id + "-i").code(CodedField.CODE, CodeSystems.CVX, "140")
            .token(TokenField.STATUS, "completed").at(DateTimes.parse("2025-10-01"))
            .time(TimeField.RECORDED, DateTimes.parse("2025-10-01"));
      }
      if (row.hospice) {
        b.fact(FactKind.ENCOUNTER, p, row.id + "-h").code(CodedField.CODE, CodeSystems.SNOMED_CT, "385763009")
            .token(TokenField.STATUS, "finished").period(DateTimes.parse("2025-12-01T23:00:00Z"), null);
      }
    }
    return b.build();
  }

  /** @return the id */
  public String getId() {
    return id;
  }

  /** @param v the id */
  public void setId(String v) {
    id = v;
  }

  /** @return the birth year, 0 for none */
  public int getBirthYear() {
    return birthYear;
  }

  /** @param v the birth year */
  public void setBirthYear(int v) {
    birthYear = v;
  }

  /** @return whether there was a visit */
  public boolean isVisit() {
    return visit;
  }

  /** @param v whether there was a visit */
  public void setVisit(boolean v) {
    visit = v;
  }

  /** @return whether vaccinated */
  public boolean isVaccinated() {
    return vaccinated;
  }

  /** @param v whether vaccinated */
  public void setVaccinated(boolean v) {
    vaccinated = v;
  }

  /** @return whether in hospice */
  public boolean isHospice() {
    return hospice;
  }

  /** @param v whether in hospice */
  public void setHospice(boolean v) {
    hospice = v;
  }
}
