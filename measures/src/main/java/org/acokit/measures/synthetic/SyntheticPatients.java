/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.synthetic;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

import org.acokit.measures.patient.AdministrativeSex;
import org.acokit.measures.patient.CodedField;
import org.acokit.measures.patient.DateTimes;
import org.acokit.measures.patient.FactFlag;
import org.acokit.measures.patient.FactKind;
import org.acokit.measures.patient.FactWriter;
import org.acokit.measures.patient.NumberField;
import org.acokit.measures.patient.PatientData;
import org.acokit.measures.patient.PatientDataBuilder;
import org.acokit.measures.patient.TimeField;
import org.acokit.measures.patient.TokenField;
import org.acokit.measures.terminology.Code;
import org.acokit.measures.terminology.CodeSystems;
import org.acokit.measures.terminology.ValueSet;
import org.acokit.measures.terminology.ValueSets;

/**
 * A seeded generator of synthetic patients for the six eCQMs of the APM Performance Pathway
 * (measurement period 2025), written straight into columnar {@link PatientData} (no FHIR text on
 * the way): for tests, examples and benchmarks. It lives in the library, like core's
 * {@code SyntheticPopulation}, because examples and benchmarks outside the test classpath use it.
 * <p>
 * <b>Codes.</b> Every code is taken, when the generator is created, from the expansions of the
 * measures' value sets in the given registry: for each planted fact, the codes of its target value
 * set(s) that belong to no other value set of the registry (except the ones the fact may also
 * match), so a fact meets exactly the criteria it was planted for. A registry without one of the
 * value sets, or without such a code, is an error naming it.
 * <p>
 * <b>Population (shapes, not calibrated to one ACO).</b> Age on 2025-12-31: 12-17 5%, 18-44 25%,
 * 45-64 30%, 65-74 22%, 75-84 13%, 85-99 5%; 54% female. Race (CDC OMB categories): White 68%,
 * Black 13%, Asian 6%, American Indian or Alaska Native 1%, Native Hawaiian or Other Pacific
 * Islander 0.5%, other race 4%, two races 2%, not reported 5.5%; ethnicity Hispanic or Latino 14%,
 * not Hispanic 80%, not reported 6%; preferred language English, Spanish (half of Hispanic
 * patients), Chinese, Vietnamese, Korean, Tagalog (part of Asian patients), Russian, Arabic,
 * Haitian Creole, Portuguese (1.5% together), not reported 1%. Payer: Medicare for 65+, else
 * Medicaid 20% or private. 85% have an outpatient visit in 2025.
 * <p>
 * <b>Prevalence</b> (by age on 2025-12-31, 18-44 / 45-64 / 65+): hypertension 10/33/60%,
 * diabetes 4/15/24%, ASCVD 1/7/20%; familial hypercholesterolemia 0.4% and LDL at least 190 mg/dL
 * 2.5% of adults 20+, other LDL results 25%; a 10-year cardiovascular risk result for 10% of
 * 40-75 (40% of them 20% or more); pregnancy 3% of women 18-44.
 * <b>Care gaps:</b> 8% of hypertensive visitors without a reading, 38% of readings uncontrolled;
 * 12% of diabetics without HbA1c, 14% of results above 9%; 28% of statin-eligible patients
 * without a statin order (5% of others have one); 26% of women 50-74 without mammography; 32% of
 * 45-75 without colorectal screening (of the screened, 70% colonoscopy, 30% FOBT); 30% of
 * visitors 12+ not screened for depression (4% of them declined), 12% of screenings positive, 35%
 * of those without follow-up. <b>Exclusions:</b> hospice 2% of 65+ (0.2% younger), palliative
 * care 2% (0.3%), frailty with advanced illness 8% of 66+, nursing home 2% of 66+, bipolar
 * disorder 1.5%, bilateral mastectomy 0.8% of women 50+, colon cancer 0.6% of 45+.
 * <p>
 * <b>Deterministic and partitionable.</b> Patient {@code i} depends only on the seed and
 * {@code i}: {@link #generate(int, int)} of disjoint ranges, merged with
 * {@link PatientData#merge(List)}, gives the same patients as one range. Dates avoid day
 * boundaries (visits at 14:00-14:30 UTC). Immutable and thread-safe.
 */
public final class SyntheticPatients {

  /** The patient id prefix: patient {@code i} is {@code syn-i}. */
  public static final String ID_PREFIX = "syn-";

  private static final String VS = "http://cts.nlm.nih.gov/fhir/ValueSet/";
  private static final String BCP47 = "urn:ietf:bcp:47";
  private static final String OBS_CATEGORY = CodeSystems.OBSERVATION_CATEGORY;
  private static final short SECOND_UTC = DateTimes.meta(DateTimes.SECOND, ZoneOffset.UTC);
  private static final long HOUR = 3_600_000L;
  private static final long MINUTE = 60_000L;
  private static final int JAN_1_2025 = (int) LocalDate.of(2025, 1, 1).toEpochDay();
  private static final LocalDate DEC_31_2025 = LocalDate.of(2025, 12, 31);
  private static final String[] SYSTOLIC_SYSTEMS = {CodeSystems.LOINC};
  private static final String[] SYSTOLIC_CODES = {"8480-6"};
  private static final String[] DIASTOLIC_CODES = {"8462-4"};
  private static final String[] LANGUAGES = {"ru", "ar", "ht", "pt"};
  private static final String[] ASIAN_LANGUAGES = {"zh", "vi", "ko", "tl"};

  private final long seed;
  private final Code[] visit;
  private final Code[] hypertension;
  private final Code[] diabetes;
  private final Code[] hba1c;
  private final Code[] ascvd;
  private final Code[] familialHypercholesterolemia;
  private final Code[] ldl;
  private final Code[] statin;
  private final Code[] mammography;
  private final Code[] colonoscopy;
  private final Code[] fobt;
  private final Code[] followUp;
  private final Code[] bipolar;
  private final Code[] hospice;
  private final Code[] palliative;
  private final Code[] frailty;
  private final Code[] advancedIllness;
  private final Code[] mastectomy;
  private final Code[] colonCancer;
  private final Code[] pregnancy;
  private final Code white;
  private final Code black;
  private final Code asian;
  private final Code nativeAmerican;
  private final Code pacificIslander;
  private final Code otherRace;
  private final Code hispanic;
  private final Code notHispanic;
  private final Code medicare;
  private final Code medicaid;
  private final Code privateInsurance;

  private SyntheticPatients(ValueSets valueSets, long seed) {
    this.seed = seed;
    Map<Code, Set<String>> membership = new HashMap<>();
    for (String url : valueSets.urls()) {
      for (Code c : valueSets.get(url).codes()) {
        membership.computeIfAbsent(c, k -> new HashSet<>()).add(url);
      }
    }
    Picker pick = new Picker(valueSets, membership);
    visit = pick.codes(List.of("2.16.840.1.113883.3.464.1003.101.12.1001", "2.16.840.1.113883.3.600.1916"), List.of());
    hypertension = pick.codes(List.of("2.16.840.1.113883.3.464.1003.104.12.1011"), List.of());
    diabetes = pick.codes(List.of("2.16.840.1.113883.3.464.1003.103.12.1001"), List.of());
    hba1c = pick.codes(List.of("2.16.840.1.113883.3.464.1003.198.12.1013"), List.of());
    ascvd = pick.codes(List.of("2.16.840.1.113762.1.4.1047.46"), List.of());
    familialHypercholesterolemia = pick.codes(List.of("2.16.840.1.113762.1.4.1047.100"), List.of());
    ldl = pick.codes(List.of("2.16.840.1.113883.3.526.3.1573"), List.of());
    statin = pick.codes(List.of("2.16.840.1.113883.3.526.3.1575"), List.of());
    mammography = pick.codes(List.of("2.16.840.1.113883.3.464.1003.108.12.1018"), List.of());
    colonoscopy = pick.codes(List.of("2.16.840.1.113883.3.464.1003.108.12.1020"), List.of());
    fobt = pick.codes(List.of("2.16.840.1.113883.3.464.1003.198.12.1011"), List.of());
    followUp = pick.codes(List.of("2.16.840.1.113883.3.526.3.1568", "2.16.840.1.113883.3.526.3.1569"), List.of());
    bipolar = pick.codes(List.of("2.16.840.1.113883.3.67.1.101.1.128"), List.of());
    hospice = pick.codes(List.of("2.16.840.1.113883.3.464.1003.1003"), List.of());
    palliative = pick.codes(List.of("2.16.840.1.113883.3.464.1003.1167"), List.of());
    frailty = pick.codes(List.of("2.16.840.1.113883.3.464.1003.113.12.1074"), List.of());
    advancedIllness = pick.codes(List.of("2.16.840.1.113883.3.464.1003.110.12.1082"), List.of());
    mastectomy = pick.codes(List.of("2.16.840.1.113883.3.464.1003.198.12.1068"), List.of());
    colonCancer = pick.codes(List.of("2.16.840.1.113883.3.464.1003.108.12.1001"), List.of());
    pregnancy = pick.codes(List.of("2.16.840.1.113883.3.526.3.378"), List.of());
    String race = "2.16.840.1.114222.4.11.836";
    white = pick.member(race, CodeSystems.CDC_RACE_ETHNICITY, "2106-3");
    black = pick.member(race, CodeSystems.CDC_RACE_ETHNICITY, "2054-5");
    asian = pick.member(race, CodeSystems.CDC_RACE_ETHNICITY, "2028-9");
    nativeAmerican = pick.member(race, CodeSystems.CDC_RACE_ETHNICITY, "1002-5");
    pacificIslander = pick.member(race, CodeSystems.CDC_RACE_ETHNICITY, "2076-8");
    otherRace = pick.member(race, CodeSystems.CDC_RACE_ETHNICITY, "2131-1");
    String ethnicity = "2.16.840.1.114222.4.11.837";
    hispanic = pick.member(ethnicity, CodeSystems.CDC_RACE_ETHNICITY, "2135-2");
    notHispanic = pick.member(ethnicity, CodeSystems.CDC_RACE_ETHNICITY, "2186-5");
    String payer = "2.16.840.1.114222.4.11.3591";
    medicare = pick.member(payer, CodeSystems.PAYER_TYPOLOGY, "1");
    medicaid = pick.member(payer, CodeSystems.PAYER_TYPOLOGY, "2");
    privateInsurance = pick.member(payer, CodeSystems.PAYER_TYPOLOGY, "5");
  }

  /**
   * A generator whose codes come from the given value sets (such as the eCQM test deck's
   * {@code valuesets} folder).
   *
   * @param valueSets the registry holding the six measures' value sets
   * @param seed the random seed
   * @return the generator
   * @throws IllegalArgumentException if a value set the generator draws from is absent, has no
   *     code that belongs to it alone, or lacks a fixed demographic code; the message names it
   */
  public static SyntheticPatients of(ValueSets valueSets, long seed) {
    return new SyntheticPatients(valueSets, seed);
  }

  /**
   * The id of synthetic patient {@code index}.
   *
   * @param index the index
   * @return {@code syn-<index>}
   */
  public static String id(int index) {
    return ID_PREFIX + index;
  }

  /**
   * The seed.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * The plan of patient {@code index}: its demographics and planted traits (what
   * {@link #generate(int, int)} writes for it).
   *
   * @param index the index, 0 or more
   * @return the plan
   * @throws IllegalArgumentException if the index is negative
   */
  public SyntheticPatient plan(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("patient index must be 0 or more, but was " + index);
    }
    SplittableRandom r = new SplittableRandom(mix(seed, index));
    double u = r.nextDouble();
    int age = u < 0.05 ? 12 + r.nextInt(6) : u < 0.30 ? 18 + r.nextInt(27) : u < 0.60 ? 45 + r.nextInt(20)
        : u < 0.82 ? 65 + r.nextInt(10) : u < 0.95 ? 75 + r.nextInt(10) : 85 + r.nextInt(15);
    LocalDate birth = DEC_31_2025.minusYears(age).minusDays(r.nextInt(365));
    boolean female = r.nextDouble() < 0.54;
    Code[] races = races(r);
    double e = r.nextDouble();
    Code eth = e < 0.14 ? hispanic : e < 0.94 ? notHispanic : null;
    String lang = language(r, eth == hispanic, races.length == 1 && races[0] == asian);
    Code payer = age >= 65 ? medicare : r.nextDouble() < 0.20 ? medicaid : privateInsurance;
    long t = 0;
    boolean visit = r.nextDouble() < 0.85;
    t |= visit ? SyntheticTrait.OUTPATIENT_VISIT.bit() : 0;
    int visitDay = JAN_1_2025 + 20 + r.nextInt(325);
    int band = age < 18 ? 0 : age < 45 ? 1 : age < 65 ? 2 : 3;
    double systolic = 0;
    double diastolic = 0;
    double a1c = 0;
    double ldlValue = 0;
    if (r.nextDouble() < new double[] {0.01, 0.10, 0.33, 0.60}[band]) {
      t |= SyntheticTrait.HYPERTENSION.bit();
      if (visit && r.nextDouble() < 0.92) {
        t |= SyntheticTrait.BLOOD_PRESSURE_READING.bit();
        if (r.nextDouble() < 0.62) {
          t |= SyntheticTrait.BLOOD_PRESSURE_CONTROLLED.bit();
          systolic = 110 + r.nextInt(30);
          diastolic = 60 + r.nextInt(30);
        } else if (r.nextBoolean()) {
          systolic = 140 + r.nextInt(40);
          diastolic = 70 + r.nextInt(30);
        } else {
          systolic = 120 + r.nextInt(40);
          diastolic = 90 + r.nextInt(15);
        }
      }
    }
    if (r.nextDouble() < new double[] {0.003, 0.04, 0.15, 0.24}[band]) {
      t |= SyntheticTrait.DIABETES.bit();
      if (r.nextDouble() < 0.88) {
        t |= SyntheticTrait.HBA1C_TESTED.bit();
        if (r.nextDouble() < 0.14) {
          t |= SyntheticTrait.HBA1C_ABOVE_9.bit();
          a1c = 9.1 + r.nextInt(40) / 10.0;
        } else {
          a1c = 5.5 + r.nextInt(35) / 10.0;
        }
      }
    }
    if (r.nextDouble() < new double[] {0.0, 0.01, 0.07, 0.20}[band]) {
      t |= SyntheticTrait.ASCVD.bit();
    }
    if (age >= 20) {
      t |= r.nextDouble() < 0.004 ? SyntheticTrait.FAMILIAL_HYPERCHOLESTEROLEMIA.bit() : 0;
      double l = r.nextDouble();
      if (l < 0.025) {
        t |= SyntheticTrait.LDL_190_OR_MORE.bit();
        ldlValue = 190 + r.nextInt(60);
      } else if (l < 0.275) {
        t |= SyntheticTrait.LDL_BELOW_190.bit();
        ldlValue = 70 + r.nextInt(120);
      }
    }
    if (age >= 40 && age <= 76 && r.nextDouble() < 0.10) {
      t |= r.nextDouble() < 0.4 ? SyntheticTrait.HIGH_CVD_RISK.bit() : SyntheticTrait.LOW_CVD_RISK.bit();
    }
    boolean statinIndicated = (t & (SyntheticTrait.ASCVD.bit() | SyntheticTrait.FAMILIAL_HYPERCHOLESTEROLEMIA.bit()
        | SyntheticTrait.LDL_190_OR_MORE.bit() | SyntheticTrait.HIGH_CVD_RISK.bit())) != 0
        || (t & SyntheticTrait.DIABETES.bit()) != 0 && age >= 40;
    t |= r.nextDouble() < (statinIndicated ? 0.72 : 0.05) ? SyntheticTrait.STATIN_ORDERED.bit() : 0;
    t |= female && age >= 50 && age <= 74 && r.nextDouble() < 0.74 ? SyntheticTrait.MAMMOGRAPHY.bit() : 0;
    if (age >= 45 && age <= 75 && r.nextDouble() < 0.68) {
      t |= r.nextDouble() < 0.7 ? SyntheticTrait.COLONOSCOPY.bit() : SyntheticTrait.FECAL_OCCULT_BLOOD_TEST.bit();
    }
    if (visit) {
      if (r.nextDouble() < 0.70) {
        t |= SyntheticTrait.DEPRESSION_SCREENING.bit();
        if (r.nextDouble() < 0.12) {
          t |= SyntheticTrait.DEPRESSION_POSITIVE.bit();
          t |= r.nextDouble() < 0.65 ? SyntheticTrait.DEPRESSION_FOLLOW_UP.bit() : 0;
        }
      } else {
        t |= r.nextDouble() < 0.04 ? SyntheticTrait.DEPRESSION_SCREENING_DECLINED.bit() : 0;
      }
    }
    t |= r.nextDouble() < 0.015 ? SyntheticTrait.BIPOLAR_DISORDER.bit() : 0;
    t |= r.nextDouble() < (age >= 65 ? 0.02 : 0.002) ? SyntheticTrait.HOSPICE.bit() : 0;
    t |= r.nextDouble() < (age >= 65 ? 0.02 : 0.003) ? SyntheticTrait.PALLIATIVE_CARE.bit() : 0;
    if (age >= 66) {
      t |= r.nextDouble() < 0.08 ? SyntheticTrait.FRAILTY_AND_ADVANCED_ILLNESS.bit() : 0;
      t |= r.nextDouble() < 0.02 ? SyntheticTrait.NURSING_HOME.bit() : 0;
    }
    t |= female && age >= 50 && r.nextDouble() < 0.008 ? SyntheticTrait.BILATERAL_MASTECTOMY.bit() : 0;
    t |= age >= 45 && r.nextDouble() < 0.006 ? SyntheticTrait.COLON_CANCER.bit() : 0;
    t |= female && age >= 18 && age <= 44 && r.nextDouble() < 0.03 ? SyntheticTrait.PREGNANCY.bit() : 0;
    return new SyntheticPatient(index, birth, female ? AdministrativeSex.FEMALE : AdministrativeSex.MALE, races,
        Optional.ofNullable(eth), Optional.ofNullable(lang).map(l -> Code.of(BCP47, l)), payer, t, visitDay, a1c,
        (int) systolic, (int) diastolic, ldlValue);
  }

  private Code[] races(SplittableRandom r) {
    double u = r.nextDouble();
    if (u < 0.68) {
      return new Code[] {white};
    } else if (u < 0.81) {
      return new Code[] {black};
    } else if (u < 0.87) {
      return new Code[] {asian};
    } else if (u < 0.88) {
      return new Code[] {nativeAmerican};
    } else if (u < 0.885) {
      return new Code[] {pacificIslander};
    } else if (u < 0.925) {
      return new Code[] {otherRace};
    } else if (u < 0.945) {
      return new Code[] {white, r.nextBoolean() ? black : nativeAmerican};
    }
    return new Code[0];
  }

  private static String language(SplittableRandom r, boolean hispanic, boolean asian) {
    double u = r.nextDouble();
    if (u < 0.01) {
      return null;
    }
    if (hispanic && u < 0.51) {
      return "es";
    }
    if (asian && u < 0.41) {
      return ASIAN_LANGUAGES[r.nextInt(ASIAN_LANGUAGES.length)];
    }
    if (u > 0.985) {
      return LANGUAGES[r.nextInt(LANGUAGES.length)];
    }
    return "en";
  }

  /**
   * Generates patients {@code from} (inclusive) to {@code to} (exclusive) on the calling thread.
   *
   * @param from the first index, 0 or more
   * @param to one past the last index
   * @return the dataset, patients in index order
   * @throws IllegalArgumentException if the range is empty-negative or starts below 0
   */
  public PatientData generate(int from, int to) {
    if (from < 0 || to < from) {
      throw new IllegalArgumentException("patient range must satisfy 0 <= from <= to, but was [" + from + ", " + to
          + ")");
    }
    PatientDataBuilder b = new PatientDataBuilder();
    for (int i = from; i < to; i++) {
      write(b, plan(i));
    }
    return b.build();
  }

  /**
   * Writes one planned patient into a builder.
   *
   * @param b the builder
   * @param s the plan (from {@link #plan(int)})
   */
  public void write(PatientDataBuilder b, SyntheticPatient s) {
    SplittableRandom r = new SplittableRandom(mix(seed, s.index()) ^ 0x5DEECE66DL);
    int p = b.patient(s.id());
    b.patientResource(p, "synthetic");
    b.birthDate(p, s.birthDate());
    b.sex(p, s.sex());
    for (Code c : s.races()) {
      b.race(p, c.system(), c.code());
    }
    s.ethnicity().ifPresent(c -> b.ethnicity(p, c.system(), c.code()));
    s.language().ifPresent(c -> b.language(p, c.system(), c.code()));
    long yearStart = JAN_1_2025 * DateTimes.MILLIS_PER_DAY;
    b.fact(FactKind.COVERAGE, p, "coverage").code(CodedField.CODE, s.payer().system(), s.payer().code())
        .token(TokenField.STATUS, "active")
        .period(at(yearStart), at(yearStart + 365 * DateTimes.MILLIS_PER_DAY - 1000));
    long visitStart = s.visitDay() * DateTimes.MILLIS_PER_DAY + 14 * HOUR;
    if (s.has(SyntheticTrait.OUTPATIENT_VISIT)) {
      Code c = pick(r, visit);
      b.fact(FactKind.ENCOUNTER, p, "visit").code(CodedField.CODE, c.system(), c.code())
          .code(CodedField.CLASS, CodeSystems.ACT_CODE, "AMB").token(TokenField.STATUS, "finished")
          .period(at(visitStart), at(visitStart + 30 * MINUTE));
    }
    if (s.has(SyntheticTrait.HYPERTENSION)) {
      condition(b, p, "hypertension", pick(r, hypertension), pastOnset(r));
    }
    if (s.has(SyntheticTrait.BLOOD_PRESSURE_READING)) {
      b.fact(FactKind.OBSERVATION, p, "bp").code(CodedField.CODE, CodeSystems.LOINC, "85354-9")
          .code(CodedField.CATEGORY, OBS_CATEGORY, "vital-signs").token(TokenField.STATUS, "final")
          .token(TokenField.PROFILE, "http://hl7.org/fhir/StructureDefinition/bp")
          .token(TokenField.ENCOUNTER_REFERENCE, "visit").at(at(visitStart + 10 * MINUTE))
          .component(SYSTOLIC_SYSTEMS, SYSTOLIC_CODES, s.systolic(), "mm[Hg]")
          .component(SYSTOLIC_SYSTEMS, DIASTOLIC_CODES, s.diastolic(), "mm[Hg]");
    }
    if (s.has(SyntheticTrait.DIABETES)) {
      condition(b, p, "diabetes", pick(r, diabetes), pastOnset(r));
    }
    if (s.has(SyntheticTrait.HBA1C_TESTED)) {
      Code c = pick(r, hba1c);
      laboratory(b, p, "hba1c", c, dayIn2025(r) + 9 * HOUR).number(NumberField.VALUE, s.hba1cPercent())
          .token(TokenField.VALUE_UNIT, "%").flag(FactFlag.VALUE_IS_QUANTITY);
    }
    if (s.has(SyntheticTrait.ASCVD)) {
      condition(b, p, "ascvd", pick(r, ascvd), pastOnset(r));
    }
    if (s.has(SyntheticTrait.FAMILIAL_HYPERCHOLESTEROLEMIA)) {
      condition(b, p, "fh", pick(r, familialHypercholesterolemia), pastOnset(r));
    }
    if (s.has(SyntheticTrait.LDL_190_OR_MORE) || s.has(SyntheticTrait.LDL_BELOW_190)) {
      laboratory(b, p, "ldl", pick(r, ldl), dayIn2025(r) + 9 * HOUR).number(NumberField.VALUE, s.ldlMgPerDl())
          .token(TokenField.VALUE_UNIT, "mg/dL").flag(FactFlag.VALUE_IS_QUANTITY);
    }
    if (s.has(SyntheticTrait.HIGH_CVD_RISK) || s.has(SyntheticTrait.LOW_CVD_RISK)) {
      double risk = s.has(SyntheticTrait.HIGH_CVD_RISK) ? 20 + r.nextInt(150) / 10.0 : 2 + r.nextInt(170) / 10.0;
      b.fact(FactKind.OBSERVATION, p, "cvd-risk").code(CodedField.CODE, CodeSystems.LOINC, "99055-6")
          .code(CodedField.CATEGORY, OBS_CATEGORY, "survey").token(TokenField.STATUS, "final")
          .at(at(dayIn2025(r) + 10 * HOUR)).number(NumberField.VALUE, risk).token(TokenField.VALUE_UNIT, "%")
          .flag(FactFlag.HAS_VALUE).flag(FactFlag.VALUE_IS_QUANTITY);
    }
    if (s.has(SyntheticTrait.STATIN_ORDERED)) {
      Code c = pick(r, statin);
      b.fact(FactKind.MEDICATION_REQUEST, p, "statin").code(CodedField.CODE, c.system(), c.code())
          .token(TokenField.STATUS, "active").token(TokenField.INTENT, "order")
          .time(TimeField.AUTHORED_ON, at(dayIn2025(r) + 15 * HOUR));
    }
    if (s.has(SyntheticTrait.MAMMOGRAPHY)) {
      long day = LocalDate.of(2023, 11, 1).toEpochDay() + r.nextInt(775);
      Code c = pick(r, mammography);
      b.fact(FactKind.OBSERVATION, p, "mammography").code(CodedField.CODE, c.system(), c.code())
          .code(CodedField.CATEGORY, OBS_CATEGORY, "imaging").token(TokenField.STATUS, "final")
          .at(at(day * DateTimes.MILLIS_PER_DAY + 11 * HOUR));
    }
    if (s.has(SyntheticTrait.COLONOSCOPY)) {
      long day = LocalDate.of(2017, 1, 1).toEpochDay() + r.nextInt(3270);
      procedure(b, p, "colonoscopy", pick(r, colonoscopy), day * DateTimes.MILLIS_PER_DAY + 10 * HOUR);
    }
    if (s.has(SyntheticTrait.FECAL_OCCULT_BLOOD_TEST)) {
      laboratory(b, p, "fobt", pick(r, fobt), dayIn2025(r) + 9 * HOUR)
          .code(CodedField.VALUE, CodeSystems.SNOMED_CT, "260385009");
    }
    boolean adolescent = s.ageAtStartOf2025() < 18;
    if (s.has(SyntheticTrait.DEPRESSION_SCREENING)) {
      String result = s.has(SyntheticTrait.DEPRESSION_POSITIVE) ? "428181000124104" : "428171000124102";
      b.fact(FactKind.OBSERVATION, p, "depression-screening")
          .code(CodedField.CODE, CodeSystems.LOINC, adolescent ? "73831-0" : "73832-8")
          .code(CodedField.CATEGORY, OBS_CATEGORY, "survey").token(TokenField.STATUS, "final")
          .at(at(visitStart - 5 * MINUTE)).code(CodedField.VALUE, CodeSystems.SNOMED_CT, result)
          .flag(FactFlag.HAS_VALUE);
    }
    if (s.has(SyntheticTrait.DEPRESSION_FOLLOW_UP)) {
      procedure(b, p, "depression-follow-up", pick(r, followUp), visitStart + 20 * MINUTE);
    }
    if (s.has(SyntheticTrait.DEPRESSION_SCREENING_DECLINED)) {
      b.fact(FactKind.OBSERVATION, p, "depression-screening-not-done")
          .code(CodedField.CODE, CodeSystems.LOINC, adolescent ? "73831-0" : "73832-8")
          .code(CodedField.CATEGORY, OBS_CATEGORY, "survey").token(TokenField.STATUS, "cancelled")
          .time(TimeField.ISSUED, at(visitStart + 5 * MINUTE))
          .code(CodedField.REASON, CodeSystems.SNOMED_CT, "720834000").flag(FactFlag.NOT_DONE);
    }
    if (s.has(SyntheticTrait.BIPOLAR_DISORDER)) {
      condition(b, p, "bipolar", pick(r, bipolar), pastOnset(r));
    }
    if (s.has(SyntheticTrait.HOSPICE)) {
      long start = dayIn2025(r) + 8 * HOUR;
      Code c = pick(r, hospice);
      b.fact(FactKind.ENCOUNTER, p, "hospice").code(CodedField.CODE, c.system(), c.code())
          .code(CodedField.CLASS, CodeSystems.ACT_CODE, "HH").token(TokenField.STATUS, "finished")
          .period(at(start), at(start + HOUR));
    }
    if (s.has(SyntheticTrait.PALLIATIVE_CARE)) {
      condition(b, p, "palliative", pick(r, palliative), dayIn2025(r) + 12 * HOUR);
    }
    if (s.has(SyntheticTrait.FRAILTY_AND_ADVANCED_ILLNESS)) {
      condition(b, p, "frailty", pick(r, frailty), dayIn2025(r) + 12 * HOUR);
      long day2024 = JAN_1_2025 - 366 + r.nextInt(365);
      condition(b, p, "advanced-illness", pick(r, advancedIllness), day2024 * DateTimes.MILLIS_PER_DAY + 12 * HOUR);
    }
    if (s.has(SyntheticTrait.NURSING_HOME)) {
      b.fact(FactKind.OBSERVATION, p, "housing").code(CodedField.CODE, CodeSystems.LOINC, "71802-3")
          .code(CodedField.CATEGORY, OBS_CATEGORY, "survey").token(TokenField.STATUS, "final")
          .at(at(dayIn2025(r) + 10 * HOUR)).code(CodedField.VALUE, CodeSystems.SNOMED_CT, "160734000")
          .flag(FactFlag.HAS_VALUE);
    }
    if (s.has(SyntheticTrait.BILATERAL_MASTECTOMY)) {
      condition(b, p, "mastectomy", pick(r, mastectomy), pastOnset(r));
    }
    if (s.has(SyntheticTrait.COLON_CANCER)) {
      condition(b, p, "colon-cancer", pick(r, colonCancer), pastOnset(r));
    }
    if (s.has(SyntheticTrait.PREGNANCY)) {
      condition(b, p, "pregnancy", pick(r, pregnancy), dayIn2025(r) + 12 * HOUR);
    }
  }

  private static void condition(PatientDataBuilder b, int p, String id, Code code, long onset) {
    b.fact(FactKind.CONDITION, p, id).code(CodedField.CODE, code.system(), code.code())
        .code(CodedField.CATEGORY, CodeSystems.CONDITION_CATEGORY, "problem-list-item")
        .code(CodedField.CLINICAL_STATUS, CodeSystems.CONDITION_CLINICAL, "active")
        .code(CodedField.VERIFICATION_STATUS, CodeSystems.CONDITION_VERIFICATION, "confirmed")
        .at(at(onset));
  }

  private static FactWriter laboratory(PatientDataBuilder b, int p, String id, Code code, long when) {
    return b.fact(FactKind.OBSERVATION, p, id).code(CodedField.CODE, code.system(), code.code())
        .code(CodedField.CATEGORY, OBS_CATEGORY, "laboratory").token(TokenField.STATUS, "final").at(at(when))
        .flag(FactFlag.HAS_VALUE);
  }

  private static void procedure(PatientDataBuilder b, int p, String id, Code code, long when) {
    b.fact(FactKind.PROCEDURE, p, id).code(CodedField.CODE, code.system(), code.code())
        .token(TokenField.STATUS, "completed").at(at(when));
  }

  private static DateTimes.Value at(long instant) {
    return new DateTimes.Value(instant, SECOND_UTC);
  }

  /** Midnight UTC of a day from 2025-01-02 to 2025-12-30, in ms. */
  private static long dayIn2025(SplittableRandom r) {
    return (JAN_1_2025 + 1 + r.nextInt(363)) * DateTimes.MILLIS_PER_DAY;
  }

  /** An onset at noon UTC between 2010-01-01 and 2024-12-30. */
  private static long pastOnset(SplittableRandom r) {
    return (LocalDate.of(2010, 1, 1).toEpochDay() + r.nextInt(5478)) * DateTimes.MILLIS_PER_DAY + 12 * HOUR;
  }

  private static Code pick(SplittableRandom r, Code[] codes) {
    return codes[r.nextInt(codes.length)];
  }

  private static long mix(long seed, int index) {
    long z = seed + 0x9E3779B97F4A7C15L * (index + 1L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Chooses codes from value-set expansions. */
  private static final class Picker {
    private final ValueSets valueSets;
    private final Map<Code, Set<String>> membership;

    Picker(ValueSets valueSets, Map<Code, Set<String>> membership) {
      this.valueSets = valueSets;
      this.membership = membership;
    }

    /** Codes in every target value set and in no value set of the registry but the targets and the allowed ones. */
    Code[] codes(List<String> targets, List<String> allowed) {
      Set<String> ok = new HashSet<>();
      targets.forEach(t -> ok.add(VS + t));
      allowed.forEach(t -> ok.add(VS + t));
      List<Code> out = new ArrayList<>();
      ValueSet first = valueSets.get(VS + targets.get(0));
      for (Code c : first.codes()) {
        Set<String> in = membership.get(c);
        boolean all = true;
        for (String t : targets) {
          all &= in.contains(VS + t);
        }
        if (all && ok.containsAll(in)) {
          out.add(c);
        }
      }
      if (out.isEmpty()) {
        throw new IllegalArgumentException("value set(s) " + targets + " must have a code that belongs to no other"
            + " value set of the registry (but " + allowed + "), but none has one");
      }
      out.sort(Comparator.comparing(Code::system).thenComparing(Code::code));
      return out.toArray(new Code[0]);
    }

    Code member(String valueSet, String system, String code) {
      Code c = Code.of(system, code);
      if (!valueSets.get(VS + valueSet).contains(c)) {
        throw new IllegalArgumentException("value set " + VS + valueSet + " must contain " + c + ", but does not");
      }
      return c;
    }
  }
}
