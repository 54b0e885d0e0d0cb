/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.library;

import java.util.List;

import org.acokit.measures.definition.Stratifier;
import org.acokit.measures.logic.MeasureContext;
import org.acokit.measures.logic.PatientRecord;
import org.acokit.measures.patient.AdministrativeSex;
import org.acokit.measures.patient.CodedField;
import org.acokit.measures.patient.FactKind;
import org.acokit.measures.patient.FactTable;
import org.acokit.measures.terminology.CodeSystems;
import org.acokit.measures.terminology.CompiledValueSet;

/**
 * The supplemental data elements of SupplementalDataElements 3.5.000 as stratifiers, for counts
 * by sex, race, ethnicity and payer (the equity stratification of the measures).
 * <p>
 * Sex: {@code M} (male) or {@code F} (female), else none. Race: the OMB race category of the US
 * Core race extension (American Indian or Alaska Native 1002-5, Asian 2028-9, Black or African
 * American 2054-5, Native Hawaiian or Other Pacific Islander 2076-8, White 2106-3), or
 * {@code multiple} for more than one; ethnicity: Hispanic or Latino 2135-2, Not Hispanic or Latino
 * 2186-5. Payer: the first Coverage type in "Payer Type", by its top-level Source of Payment
 * Typology digit (1 Medicare, 2 Medicaid, 3 other government, 5 private, 8 no payment, 9
 * miscellaneous...). Bound once per dataset. Immutable and thread-safe.
 */
public final class SupplementalData {

  /** "Payer Type". */
  public static final String PAYER_TYPE = "http://cts.nlm.nih.gov/fhir/ValueSet/2.16.840.1.114222.4.11.3591";

  private static final List<String> RACES = List.of("1002-5", "2028-9", "2054-5", "2076-8", "2106-3", "multiple");
  private static final List<String> ETHNICITIES = List.of("2135-2", "2186-5");
  private static final List<String> PAYERS = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9");

  private SupplementalData() {
  }

  /**
   * The four standard elements: sex, race, ethnicity, payer.
   *
   * @param ctx the context
   * @return the stratifiers
   * @throws IllegalArgumentException if "Payer Type" is absent from the registry
   */
  public static List<Stratifier> standard(MeasureContext ctx) {
    int[] race = new int[5];
    for (int i = 0; i < 5; i++) {
      race[i] = ctx.code(CodeSystems.CDC_RACE_ETHNICITY, RACES.get(i));
    }
    int[] ethnicity = {ctx.code(CodeSystems.CDC_RACE_ETHNICITY, "2135-2"),
        ctx.code(CodeSystems.CDC_RACE_ETHNICITY, "2186-5")};
    CompiledValueSet payer = ctx.valueSet(PAYER_TYPE);
    return List.of(
        Stratifier.of("SDE Sex", List.of("M", "F"), p -> {
          AdministrativeSex s = p.data().sex(p.index());
          return s == AdministrativeSex.MALE ? 0 : s == AdministrativeSex.FEMALE ? 1 : -1;
        }),
        Stratifier.of("SDE Race", RACES, p -> {
          int found = -1;
          for (int i = 0; i < race.length; i++) {
            if (p.data().hasRace(p.index(), race[i])) {
              if (found >= 0) {
                return 5;
              }
              found = i;
            }
          }
          return found;
        }),
        Stratifier.of("SDE Ethnicity", ETHNICITIES, p -> p.data().hasEthnicity(p.index(), ethnicity[0]) ? 0
            : p.data().hasEthnicity(p.index(), ethnicity[1]) ? 1 : -1),
        Stratifier.of("SDE Payer", PAYERS, p -> payer(p, payer)));
  }

  private static int payer(PatientRecord p, CompiledValueSet payer) {
    FactTable t = p.table(FactKind.COVERAGE);
    for (int r = t.start(p.index()); r < t.end(p.index()); r++) {
      for (int i = t.codeStart(CodedField.CODE, r); i < t.codeEnd(CodedField.CODE, r); i++) {
        int c = t.codeAt(CodedField.CODE, i);
        if (payer.contains(c)) {
          char first = p.data().codes().code(c).charAt(0);
          return first >= '1' && first <= '9' ? first - '1' : -1;
        }
      }
    }
    return -1;
  }
}
