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
  /** A code id outside "Payer Type". */
  private static final byte NOT_PAYER = -2;
  private static final List<String> PAYERS = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9");

  /** The standard elements bound to one context. */
  private final List<Stratifier> standard;

  private SupplementalData(MeasureContext ctx) {
    this.standard = bindStandard(ctx);
  }

  /**
   * The four standard elements: sex, race, ethnicity, payer. Bound once per context: every
   * measure of the context gets the same stratifiers, so an evaluator computes each once per
   * patient however many measures report it.
   *
   * @param ctx the context
   * @return the stratifiers
   * @throws IllegalArgumentException if "Payer Type" is absent from the registry
   */
  public static List<Stratifier> standard(MeasureContext ctx) {
    return ctx.library(SupplementalData.class, SupplementalData::new).standard;
  }

  private static List<Stratifier> bindStandard(MeasureContext ctx) {
    int[] race = new int[5];
    for (int i = 0; i < 5; i++) {
      race[i] = ctx.code(CodeSystems.CDC_RACE_ETHNICITY, RACES.get(i));
    }
    int[] ethnicity = {ctx.code(CodeSystems.CDC_RACE_ETHNICITY, "2135-2"),
        ctx.code(CodeSystems.CDC_RACE_ETHNICITY, "2186-5")};
    CompiledValueSet payer = ctx.valueSet(PAYER_TYPE);
    // the payer stratum of every code id of the dataset, resolved once: NOT_PAYER, -1 (a payer code
    // whose first character is not a digit 1-9) or the index of its top-level digit
    byte[] payerStratum = new byte[ctx.data().codes().size()];
    for (int c = 0; c < payerStratum.length; c++) {
      if (payer.contains(c)) {
        char first = ctx.data().codes().code(c).charAt(0);
        payerStratum[c] = (byte) (first >= '1' && first <= '9' ? first - '1' : -1);
      } else {
        payerStratum[c] = NOT_PAYER;
      }
    }
    return List.of(
        Stratifier.of("SDE Sex", List.of("M", "F"), p -> {
          AdministrativeSex s = p.data().sex(p.index());
          return s == AdministrativeSex.MALE ? 0 : s == AdministrativeSex.FEMALE ? 1 : -1;
        }),
        Stratifier.of("SDE Race", RACES, p -> {
          // the one OMB category the patient has, or "multiple" for more than one
          int found = p.data().raceMask(p.index(), race);
          return found == 0 ? -1 : Integer.bitCount(found) > 1 ? 5 : Integer.numberOfTrailingZeros(found);
        }),
        Stratifier.of("SDE Ethnicity", ETHNICITIES, p -> {
          int found = p.data().ethnicityMask(p.index(), ethnicity);
          return (found & 1) != 0 ? 0 : (found & 2) != 0 ? 1 : -1;
        }),
        Stratifier.of("SDE Payer", PAYERS, p -> payer(p, payerStratum)));
  }

  /**
   * The stratum of the first Coverage code in "Payer Type": the codes of a patient's rows are
   * stored one row after another, so the patient's codes in row order are one range, scanned
   * without per-row bounds.
   */
  private static int payer(PatientRecord p, byte[] payerStratum) {
    FactTable t = p.table(FactKind.COVERAGE);
    int start = t.start(p.index());
    int end = t.end(p.index());
    if (start == end) {
      return -1;
    }
    for (int i = t.codeStart(CodedField.CODE, start), e = t.codeEnd(CodedField.CODE, end - 1); i < e; i++) {
      int c = t.codeAt(CodedField.CODE, i);
      if (c >= 0 && payerStratum[c] != NOT_PAYER) {
        return payerStratum[c];
      }
    }
    return -1;
  }
}
