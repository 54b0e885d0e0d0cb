/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.acokit.quality.CollectionType;
import org.acokit.quality.Direction;
import org.acokit.quality.RateUnit;
import org.acokit.quality.mssp.MsspDomain;

/**
 * The curated Shared Savings Program (2012-2020) and Pioneer (2012-2014) measure sets that
 * {@link CatalogImporter} writes, with their sources.
 * <p>
 * Sources of the sets, by year (each measure listed once per scored unit; a composite is one
 * unit):
 * <ul>
 *   <li>2012-2014: 33 measures in four domains of 7, 6, 8 and 12 (CMS, "Quality Measures and
 *       Performance Standards"; ACO public quality results of 2014 listing ACO-1 to ACO-28 with
 *       titles, e.g. St. Joseph Health Partners); the diabetes composite ACO-22 to ACO-26 and the
 *       CAD composite ACO-32/33 are all-or-nothing (CMS 2012 quality scoring guide).</li>
 *   <li>2015-2016: the measure columns of CMS's PY2016 public use file (ACO-1 to 7, 34; 8, 35-38,
 *       9, 10, 11, 39, 13; 14-21, 42; 40, the diabetes composite of ACO-27 and ACO-41, 28, 30, 31,
 *       33); PY2015 is taken to be the same set (the 2015 public results lists agree with it as
 *       far as they were retrieved, up to ACO-21).</li>
 *   <li>2017-2018: the measure columns of the PY2017 and PY2018 public use files (31 measures,
 *       30 scored units).</li>
 *   <li>2019-2020: 23 measures (CAHPS ACO-1 to 7, 34, 45, 46; ACO-8, 38, 43, 13; ACO-14, 17,
 *       18, 19, 20, 42; ACO-40, 27, 28), the columns of the 2019-2020 measure-level PUF extract
 *       and CMS's 2020 public results.</li>
 *   <li>Domains follow the public use files' column order and 42 CFR 425.502(d)(1).</li>
 * </ul>
 * Pay for reporting, where a source says so: new measures for their first two reporting periods
 * (425.502(a)(4)): ACO-34 to ACO-42 in 2015-2016, ACO-43 and ACO-44 in 2017-2018, ACO-45 and
 * ACO-46 in 2019-2020 (first years read from the lists above); ACO-17 in 2018 (CMS, Quality
 * Measure Benchmarks for the 2018 Reporting Year, v3); ACO-8 and ACO-38 in 2020 and the CAHPS
 * measures in 2020 (survey waived with automatic full credit, 425.500(d)(2)). The schedule that
 * phased the other measures from reporting to performance in an ACO's first agreement period is
 * not in the sources: callers set {@code payForPerformance} for those. ACO-11 (EHR) has weight
 * 2 through 2018 (it was replaced by a CEHRT attestation in 2019).
 */
final class MsspCatalogData {

  static final CollectionType WI = CollectionType.CMS_WEB_INTERFACE;
  static final CollectionType SURVEY = CollectionType.CERTIFIED_SURVEY_VENDOR;
  static final CollectionType CLAIMS = CollectionType.ADMINISTRATIVE_CLAIMS;
  static final CollectionType EHR = CollectionType.EHR_INCENTIVE_PROGRAM;

  private static final Map<String, String> TITLES = new LinkedHashMap<>();

  static {
    t("ACO-1", "CAHPS: Getting Timely Care, Appointments, and Information");
    t("ACO-2", "CAHPS: How Well Your Providers Communicate");
    t("ACO-3", "CAHPS: Patients' Rating of Provider");
    t("ACO-4", "CAHPS: Access to Specialists");
    t("ACO-5", "CAHPS: Health Promotion and Education");
    t("ACO-6", "CAHPS: Shared Decision Making");
    t("ACO-7", "CAHPS: Health Status/Functional Status");
    t("ACO-34", "CAHPS: Stewardship of Patient Resources");
    t("ACO-45", "CAHPS: Courteous and Helpful Office Staff");
    t("ACO-46", "CAHPS: Care Coordination");
    t("ACO-8", "Risk Standardized, All Condition Readmission");
    t("ACO-9", "Ambulatory Sensitive Condition Admissions: COPD or Asthma in Older Adults (AHRQ PQI #5)");
    t("ACO-10", "Ambulatory Sensitive Conditions Admissions: Heart Failure (AHRQ PQI #8)");
    t("ACO-11", "Percent of Primary Care Physicians who Successfully Meet Meaningful Use Requirements");
    t("ACO-12", "Medication Reconciliation");
    t("ACO-13", "Falls: Screening for Future Fall Risk");
    t("ACO-14", "Preventive Care and Screening: Influenza Immunization");
    t("ACO-15", "Pneumonia Vaccination Status for Older Adults");
    t("ACO-16", "Preventive Care and Screening: Body Mass Index (BMI) Screening and Follow-Up");
    t("ACO-17", "Preventive Care and Screening: Tobacco Use: Screening and Cessation Intervention");
    t("ACO-18", "Preventive Care and Screening: Screening for Clinical Depression and Follow-up Plan");
    t("ACO-19", "Colorectal Cancer Screening");
    t("ACO-20", "Breast Cancer Screening (Mammography Screening)");
    t("ACO-21", "Proportion of Adults who had Blood Pressure Screened in Past 2 Years");
    t("ACO-22-26", "Diabetes Composite (All or Nothing): ACO-22 HbA1c Control, ACO-23 LDL, ACO-24 Blood Pressure, "
        + "ACO-25 Tobacco Non-Use, ACO-26 Aspirin Use");
    t("ACO-27", "Diabetes: Hemoglobin A1c Poor Control (>9 percent)");
    t("DM-COMPOSITE", "Diabetes Composite (All or Nothing): ACO-27 Hemoglobin A1c Poor Control and ACO-41 Eye Exam");
    t("ACO-28", "Hypertension: Controlling High Blood Pressure");
    t("ACO-29", "Ischemic Vascular Disease: Complete Lipid Panel and LDL Control");
    t("ACO-30", "Ischemic Vascular Disease: Use of Aspirin or Another Antithrombotic");
    t("ACO-31", "Heart Failure: Beta-Blocker Therapy for Left Ventricular Systolic Dysfunction");
    t("ACO-32-33", "Coronary Artery Disease Composite (All or Nothing): ACO-32 Drug Therapy for Lowering LDL and "
        + "ACO-33 ACE Inhibitor or ARB Therapy");
    t("ACO-33", "Coronary Artery Disease: ACE Inhibitor or ARB Therapy for Patients with CAD and Diabetes and/or LVSD");
    t("ACO-35", "Skilled Nursing Facility 30-Day All-Cause Readmission Measure (SNFRM)");
    t("ACO-36", "All-Cause Unplanned Admissions for Patients with Diabetes");
    t("ACO-37", "All-Cause Unplanned Admissions for Patients with Heart Failure");
    t("ACO-38", "All-Cause Unplanned Admissions for Patients with Multiple Chronic Conditions");
    t("ACO-39", "Documentation of Current Medications in the Medical Record");
    t("ACO-40", "Depression Remission at Twelve Months");
    t("ACO-42", "Statin Therapy for the Prevention and Treatment of Cardiovascular Disease");
    t("ACO-43", "Ambulatory Sensitive Condition Acute Composite (AHRQ PQI #91)");
    t("ACO-44", "Use of Imaging Studies for Low Back Pain");
  }

  /** Lower-is-better measures (admission and readmission rates, poor control, imaging overuse). */
  private static final Set<String> INVERSE = Set.of("ACO-8", "ACO-9", "ACO-10", "ACO-27", "ACO-35", "ACO-36",
      "ACO-37", "ACO-38", "ACO-43");
  /** Rates per 1,000 or 100 person-years rather than proportions. */
  private static final Set<String> RATES = Set.of("ACO-9", "ACO-10", "ACO-36", "ACO-37", "ACO-38", "ACO-43");
  private static final Set<String> CLAIMS_MEASURES = Set.of("ACO-8", "ACO-9", "ACO-10", "ACO-35", "ACO-36", "ACO-37",
      "ACO-38", "ACO-43", "ACO-44");

  private MsspCatalogData() {
  }

  private static void t(String id, String title) {
    TITLES.put(id, title);
  }

  private static String[][] domains(int year) {
    if (year <= 2014) {
      return new String[][] {
          {"ACO-1", "ACO-2", "ACO-3", "ACO-4", "ACO-5", "ACO-6", "ACO-7"},
          {"ACO-8", "ACO-9", "ACO-10", "ACO-11", "ACO-12", "ACO-13"},
          {"ACO-14", "ACO-15", "ACO-16", "ACO-17", "ACO-18", "ACO-19", "ACO-20", "ACO-21"},
          {"ACO-22-26", "ACO-27", "ACO-28", "ACO-29", "ACO-30", "ACO-31", "ACO-32-33"}};
    }
    if (year <= 2016) {
      return new String[][] {
          {"ACO-1", "ACO-2", "ACO-3", "ACO-4", "ACO-5", "ACO-6", "ACO-7", "ACO-34"},
          {"ACO-8", "ACO-35", "ACO-36", "ACO-37", "ACO-38", "ACO-9", "ACO-10", "ACO-11", "ACO-39", "ACO-13"},
          {"ACO-14", "ACO-15", "ACO-16", "ACO-17", "ACO-18", "ACO-19", "ACO-20", "ACO-21", "ACO-42"},
          {"ACO-40", "DM-COMPOSITE", "ACO-28", "ACO-30", "ACO-31", "ACO-33"}};
    }
    if (year <= 2018) {
      return new String[][] {
          {"ACO-1", "ACO-2", "ACO-3", "ACO-4", "ACO-5", "ACO-6", "ACO-7", "ACO-34"},
          {"ACO-8", "ACO-35", "ACO-36", "ACO-37", "ACO-38", "ACO-44", "ACO-43", "ACO-11", "ACO-12", "ACO-13"},
          {"ACO-14", "ACO-15", "ACO-16", "ACO-17", "ACO-18", "ACO-19", "ACO-20", "ACO-42"},
          {"ACO-40", "DM-COMPOSITE", "ACO-28", "ACO-30"}};
    }
    return new String[][] {
        {"ACO-1", "ACO-2", "ACO-3", "ACO-4", "ACO-5", "ACO-6", "ACO-7", "ACO-34", "ACO-45", "ACO-46"},
        {"ACO-8", "ACO-38", "ACO-43", "ACO-13"},
        {"ACO-14", "ACO-17", "ACO-18", "ACO-19", "ACO-20", "ACO-42"},
        {"ACO-40", "ACO-27", "ACO-28"}};
  }

  private static boolean payForReporting(String id, int year) {
    if (year >= 2015 && year <= 2016 && Set.of("ACO-34", "ACO-35", "ACO-36", "ACO-37", "ACO-38", "ACO-39", "ACO-40",
        "ACO-41", "ACO-42").contains(id)) {
      return true;
    }
    if (year >= 2017 && year <= 2018 && Set.of("ACO-43", "ACO-44").contains(id)) {
      return true;
    }
    if (year >= 2019 && Set.of("ACO-45", "ACO-46").contains(id)) {
      return true;
    }
    if (year == 2018 && id.equals("ACO-17")) {
      return true;
    }
    return year == 2020 && (id.equals("ACO-8") || id.equals("ACO-38") || isSurvey(id));
  }

  private static boolean isSurvey(String id) {
    return Set.of("ACO-1", "ACO-2", "ACO-3", "ACO-4", "ACO-5", "ACO-6", "ACO-7", "ACO-34", "ACO-45", "ACO-46")
        .contains(id);
  }

  /**
   * The MIPS quality measure (or qpp-measures-data benchmark id) of each ACO measure with the
   * same specification, from the titles in CMS's measures-data files.
   */
  static Map<String, String> mipsIds(int year) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("318", "ACO-13");
    m.put("110", "ACO-14");
    m.put("111", "ACO-15");
    m.put("128", "ACO-16");
    m.put("226", "ACO-17");
    m.put("134", "ACO-18");
    m.put("113", "ACO-19");
    m.put("112", "ACO-20");
    m.put("204", "ACO-30");
    m.put("236", "ACO-28");
    m.put("438", "ACO-42");
    m.put("370", "ACO-40");
    m.put("dmComposite", "DM-COMPOSITE");
    if (year >= 2019) {
      m.put("001", "ACO-27");
    }
    for (String n : new String[] {"1", "2", "3", "4", "5", "6", "7", "34", "45", "46"}) {
      m.put("CAHPS_ACO_" + n, "ACO-" + n);
    }
    return m;
  }

  /**
   * The measure set of a Shared Savings Program year, 2012-2020.
   *
   * @param year the performance year
   * @return the measures in domain order
   */
  static List<MeasureDefinition> msspMeasures(int year) {
    Map<String, String> byAco = new LinkedHashMap<>();
    mipsIds(year).forEach((mips, aco) -> byAco.put(aco, mips));
    List<MeasureDefinition> out = new ArrayList<>();
    String[][] d = domains(year);
    for (int i = 0; i < d.length; i++) {
      for (String id : d[i]) {
        String title = TITLES.get(id);
        if (title == null) {
          throw new IllegalStateException("no title for " + id);
        }
        CollectionType collection = isSurvey(id) ? SURVEY : CLAIMS_MEASURES.contains(id) ? CLAIMS
            : id.equals("ACO-11") ? EHR : WI;
        MeasureDefinition.Builder b = MeasureDefinition.builder().measureId(id).title(title)
            .domain(MsspDomain.values()[i].name())
            .direction(INVERSE.contains(id) ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER)
            .unit(RATES.contains(id) ? RateUnit.RATE : RateUnit.PERCENT).addCollectionTypes(collection)
            .addPrograms("MSSP").payForPerformance(!payForReporting(id, year))
            .weight(id.equals("ACO-11") ? 2 : 1);
        if (byAco.containsKey(id)) {
          b.mipsMeasureId(byAco.get(id));
        }
        out.add(b.build());
      }
    }
    return out;
  }

  /**
   * The Pioneer ACO Model measure set, 2012-2014: the same 33 measures in four domains as the
   * Shared Savings Program ("the benchmark methodology adopted for Shared Savings Program for
   * 2014 will be used to calculate the Pioneer benchmarks for 2013"; 33 quality measures, pay for
   * reporting in 2012 and for performance from 2013).
   *
   * @param year the performance year, 2012-2014
   * @return the measures
   */
  static List<MeasureDefinition> pioneerMeasures(int year) {
    List<MeasureDefinition> out = new ArrayList<>();
    for (MeasureDefinition m : msspMeasures(year)) {
      out.add(m.withPrograms("PIONEER").withPayForPerformance(year >= 2013));
    }
    return out;
  }
}
