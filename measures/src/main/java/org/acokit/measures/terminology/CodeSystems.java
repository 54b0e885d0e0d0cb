/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.terminology;

import java.util.Map;

import com.google.common.collect.ImmutableMap;

/**
 * The code systems a value set may draw its codes from, by canonical URI, and constants for the
 * ones the eCQMs use.
 * <p>
 * {@link #standard()} knows the systems of the eCQM value sets published by VSAC (SNOMED CT,
 * ICD-10-CM, ICD-10-PCS, CPT, HCPCS, LOINC, RxNorm, CVX, CDC race and ethnicity, administrative
 * gender, the payer typology) and the FHIR and HL7 terminology systems QI-Core resources use; a
 * value set naming any other system is an error (see {@link ValueSets}). Add a system with
 * {@link #with(String, String)}. Immutable and thread-safe.
 */
public final class CodeSystems {

  /** SNOMED CT. */
  public static final String SNOMED_CT = "http://snomed.info/sct";
  /** LOINC. */
  public static final String LOINC = "http://loinc.org";
  /** ICD-10-CM. */
  public static final String ICD10_CM = "http://hl7.org/fhir/sid/icd-10-cm";
  /** ICD-10-PCS (the URI VSAC uses). */
  public static final String ICD10_PCS = "http://www.cms.gov/Medicare/Coding/ICD10";
  /** CPT. */
  public static final String CPT = "http://www.ama-assn.org/go/cpt";
  /** HCPCS Level II (the URI VSAC expansions use). */
  public static final String HCPCS = "http://www.nlm.nih.gov/research/umls/hcpcs";
  /** HCPCS Level II (the URI of the HL7 terminology). */
  public static final String HCPCS_CMS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets";
  /** RxNorm. */
  public static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
  /** CVX vaccine codes. */
  public static final String CVX = "http://hl7.org/fhir/sid/cvx";
  /** NDC. */
  public static final String NDC = "http://hl7.org/fhir/sid/ndc";
  /** CDC Race and Ethnicity. */
  public static final String CDC_RACE_ETHNICITY = "urn:oid:2.16.840.1.113883.6.238";
  /** HL7 v3 administrative gender. */
  public static final String V3_ADMINISTRATIVE_GENDER = "http://terminology.hl7.org/CodeSystem/v3-AdministrativeGender";
  /** FHIR administrative gender. */
  public static final String ADMINISTRATIVE_GENDER = "http://hl7.org/fhir/administrative-gender";
  /** Source of Payment Typology (PHDSC / NAHDO). */
  public static final String PAYER_TYPOLOGY = "https://nahdo.org/sopt";
  /** HL7 v3 ActCode (encounter classes). */
  public static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
  /** Condition clinical status. */
  public static final String CONDITION_CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical";
  /** Condition verification status. */
  public static final String CONDITION_VERIFICATION = "http://terminology.hl7.org/CodeSystem/condition-ver-status";
  /** Condition category. */
  public static final String CONDITION_CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category";
  /** US Core condition category (health concern). */
  public static final String US_CORE_CONDITION_CATEGORY = "http://hl7.org/fhir/us/core/CodeSystem/condition-category";
  /** Observation category. */
  public static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
  /** AllergyIntolerance clinical status. */
  public static final String ALLERGY_CLINICAL = "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical";
  /** AllergyIntolerance verification status. */
  public static final String ALLERGY_VERIFICATION = "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification";
  /** Diagnosis role. */
  public static final String DIAGNOSIS_ROLE = "http://terminology.hl7.org/CodeSystem/diagnosis-role";
  /** UCUM units. */
  public static final String UCUM = "http://unitsofmeasure.org";

  private static final CodeSystems STANDARD = new CodeSystems(ImmutableMap.<String, String>builder()
      .put(SNOMED_CT, "SNOMEDCT").put(LOINC, "LOINC").put(ICD10_CM, "ICD10CM").put(ICD10_PCS, "ICD10PCS")
      .put(CPT, "CPT").put(HCPCS, "HCPCS").put(HCPCS_CMS, "HCPCS").put(RXNORM, "RXNORM").put(CVX, "CVX")
      .put(NDC, "NDC").put(CDC_RACE_ETHNICITY, "CDCREC").put(V3_ADMINISTRATIVE_GENDER, "AdministrativeGender")
      .put(ADMINISTRATIVE_GENDER, "FHIRAdministrativeGender").put(PAYER_TYPOLOGY, "SOP").put(ACT_CODE, "ActCode")
      .put(CONDITION_CLINICAL, "ConditionClinicalStatusCodes")
      .put(CONDITION_VERIFICATION, "ConditionVerificationStatusCodes").put(CONDITION_CATEGORY, "ConditionCategory")
      .put(US_CORE_CONDITION_CATEGORY, "USCoreConditionCategoryExtensionCodes")
      .put(OBSERVATION_CATEGORY, "ObservationCategoryCodes").put(ALLERGY_CLINICAL, "AllergyIntoleranceClinicalStatusCodes")
      .put(ALLERGY_VERIFICATION, "AllergyIntoleranceVerificationStatusCodes").put(DIAGNOSIS_ROLE, "DiagnosisRole")
      .put(UCUM, "UCUM")
      .build());

  private final ImmutableMap<String, String> names;

  private CodeSystems(Map<String, String> names) {
    this.names = ImmutableMap.copyOf(names);
  }

  /**
   * The code systems of the eCQM value sets and QI-Core resources (see the class comment).
   *
   * @return the standard systems
   */
  public static CodeSystems standard() {
    return STANDARD;
  }

  /**
   * These systems and one more.
   *
   * @param uri the system's canonical URI
   * @param name a short name for messages
   * @return the extended systems
   * @throws IllegalArgumentException if the URI is blank
   */
  public CodeSystems with(String uri, String name) {
    if (uri.isBlank()) {
      throw new IllegalArgumentException("code system URI must not be blank, but was '" + uri + "'");
    }
    return new CodeSystems(ImmutableMap.<String, String>builder().putAll(names).put(uri, name).buildKeepingLast());
  }

  /**
   * Whether a system URI is known.
   *
   * @param uri the URI
   * @return true if known
   */
  public boolean isKnown(String uri) {
    return names.containsKey(uri);
  }

  /**
   * The known systems, URI to short name.
   *
   * @return the systems
   */
  public ImmutableMap<String, String> names() {
    return names;
  }
}
