/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.fhir;

import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.acokit.measures.patient.AdministrativeSex;
import org.acokit.measures.patient.CodedField;
import org.acokit.measures.patient.DateTimes;
import org.acokit.measures.patient.FactFlag;
import org.acokit.measures.patient.FactKind;
import org.acokit.measures.patient.FactWriter;
import org.acokit.measures.patient.NumberField;
import org.acokit.measures.patient.PatientDataBuilder;
import org.acokit.measures.patient.TimeField;
import org.acokit.measures.patient.TokenField;

/**
 * Maps one FHIR R4 resource (QI-Core 4.1.1 / US Core) onto the columns. Throws
 * {@link BadField} naming the field, the value and what is allowed.
 */
final class FhirResources {

  static final String NOT_DONE_REASON = "http://hl7.org/fhir/us/qicore/StructureDefinition/qicore-notDoneReason";
  static final String DO_NOT_PERFORM = "http://hl7.org/fhir/us/qicore/StructureDefinition/qicore-doNotPerform";
  static final String RECORDED = "http://hl7.org/fhir/us/qicore/StructureDefinition/qicore-recorded";
  static final String US_CORE_RACE = "http://hl7.org/fhir/us/core/StructureDefinition/us-core-race";
  static final String US_CORE_ETHNICITY = "http://hl7.org/fhir/us/core/StructureDefinition/us-core-ethnicity";

  /** A bad field of a resource. */
  static final class BadField extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String field;

    BadField(String field, String message) {
      super(message, null, false, false);
      this.field = field;
    }
  }

  private FhirResources() {
  }

  /** The id of the patient a resource belongs to, or null if it names none. */
  static String patientOf(JsonNode r) {
    String type = r.path("resourceType").asText();
    if (type.equals("Patient")) {
      return r.path("id").asText(null);
    }
    JsonNode ref = switch (type) {
      case "Coverage" -> r.path("beneficiary");
      case "AllergyIntolerance", "Immunization" -> r.path("patient");
      default -> r.path("subject");
    };
    String s = ref.path("reference").asText(null);
    return s == null ? null : tail(s);
  }

  static String tail(String reference) {
    int i = Math.max(reference.lastIndexOf('/'), reference.lastIndexOf(':'));
    return i < 0 ? reference : reference.substring(i + 1);
  }

  static void patient(JsonNode r, int p, String source, PatientDataBuilder b) {
    b.patientResource(p, source);
    if (r.hasNonNull("birthDate")) {
      String text = r.get("birthDate").asText();
      DateTimes.Value v = parse("birthDate", text);
      if (DateTimes.precision(v.meta()) < DateTimes.DAY) {
        throw new BadField("birthDate", "'" + text + "' must be a full date YYYY-MM-DD to compute ages");
      }
      b.birthDate(p, LocalDate.ofEpochDay(DateTimes.ownDay(v.instant(), v.meta())));
    }
    if (r.hasNonNull("gender")) {
      try {
        b.sex(p, AdministrativeSex.ofCode(r.get("gender").asText()));
      } catch (IllegalArgumentException e) {
        throw new BadField("gender", e.getMessage());
      }
    }
    for (JsonNode ext : r.path("extension")) {
      String url = ext.path("url").asText();
      boolean race = url.equals(US_CORE_RACE);
      if (race || url.equals(US_CORE_ETHNICITY)) {
        for (JsonNode part : ext.path("extension")) {
          String name = part.path("url").asText();
          JsonNode coding = part.path("valueCoding");
          if ((name.equals("ombCategory") || name.equals("detailed")) && coding.hasNonNull("code")) {
            String system = coding.path("system").asText("");
            if (race) {
              b.race(p, system, coding.get("code").asText());
            } else {
              b.ethnicity(p, system, coding.get("code").asText());
            }
          }
        }
      }
    }
    JsonNode language = null;
    for (JsonNode c : r.path("communication")) {
      if (language == null || c.path("preferred").asBoolean(false)) {
        language = c.path("language");
      }
    }
    if (language != null) {
      for (JsonNode coding : language.path("coding")) {
        if (coding.hasNonNull("code")) {
          b.language(p, coding.path("system").asText(""), coding.get("code").asText());
          break;
        }
      }
    }
  }

  static void fact(FactKind kind, JsonNode r, FactWriter w, Map<String, JsonNode> medications) {
    if (r.path("meta").path("profile").size() > 0) {
      w.token(TokenField.PROFILE, r.path("meta").path("profile").get(0).asText());
    }
    if (r.hasNonNull("status")) {
      w.token(TokenField.STATUS, r.get("status").asText());
    }
    if (r.hasNonNull("intent")) {
      w.token(TokenField.INTENT, r.get("intent").asText());
    }
    switch (kind) {
      case ENCOUNTER -> {
        for (JsonNode type : r.path("type")) {
          concept(w, CodedField.CODE, type);
        }
        coding(w, CodedField.CLASS, r.path("class"));
        concept(w, CodedField.DISCHARGE_DISPOSITION, r.path("hospitalization").path("dischargeDisposition"));
        period(w, r, "period", TimeField.START, TimeField.END, true);
      }
      case CONDITION -> {
        concept(w, CodedField.CODE, r.path("code"));
        concepts(w, CodedField.CATEGORY, r.path("category"));
        concept(w, CodedField.CLINICAL_STATUS, r.path("clinicalStatus"));
        concept(w, CodedField.VERIFICATION_STATUS, r.path("verificationStatus"));
        concepts(w, CodedField.BODY_SITE, r.path("bodySite"));
        choiceTiming(w, r, "onset", TimeField.START, TimeField.END, FactFlag.TIMING_IS_PERIOD);
        choiceTiming(w, r, "abatement", TimeField.ABATEMENT_START, TimeField.ABATEMENT_END,
            FactFlag.ABATEMENT_IS_PERIOD);
        time(w, r, "recordedDate", TimeField.RECORDED);
      }
      case OBSERVATION -> {
        concept(w, CodedField.CODE, r.path("code"));
        concepts(w, CodedField.CATEGORY, r.path("category"));
        choiceTiming(w, r, "effective", TimeField.START, TimeField.END, FactFlag.TIMING_IS_PERIOD);
        time(w, r, "issued", TimeField.ISSUED);
        value(w, r);
        for (JsonNode ext : r.path("extension")) {
          if (ext.path("url").asText().equals(NOT_DONE_REASON)) {
            w.flag(FactFlag.NOT_DONE);
            concept(w, CodedField.REASON, ext.path("valueCodeableConcept"));
          }
        }
        encounterReference(w, r);
        int i = 0;
        for (JsonNode c : r.path("component")) {
          JsonNode codings = c.path("code").path("coding");
          String[] systems = new String[codings.size()];
          String[] codes = new String[codings.size()];
          int k = 0;
          for (JsonNode coding : codings) {
            systems[k] = coding.path("system").asText("");
            codes[k++] = coding.path("code").asText("");
          }
          double value = Double.NaN;
          String unit = null;
          if (c.has("valueQuantity")) {
            value = quantityValue("component[" + i + "].valueQuantity", c.get("valueQuantity"));
            unit = unit(c.get("valueQuantity"));
          }
          w.component(systems, codes, value, unit);
          i++;
        }
      }
      case PROCEDURE -> {
        concept(w, CodedField.CODE, r.path("code"));
        concept(w, CodedField.CATEGORY, r.path("category"));
        concepts(w, CodedField.REASON, r.path("reasonCode"));
        choiceTiming(w, r, "performed", TimeField.START, TimeField.END, FactFlag.TIMING_IS_PERIOD);
        for (JsonNode ext : r.path("extension")) {
          if (ext.path("url").asText().equals(RECORDED) && ext.hasNonNull("valueDateTime")) {
            w.time(TimeField.RECORDED, parse("extension(qicore-recorded)", ext.get("valueDateTime").asText()));
          }
        }
        encounterReference(w, r);
      }
      case MEDICATION_REQUEST, MEDICATION_DISPENSE -> {
        medication(w, r, medications);
        if (r.path("doNotPerform").asBoolean(false)) {
          w.flag(FactFlag.DO_NOT_PERFORM);
        }
        if (kind == FactKind.MEDICATION_REQUEST) {
          concepts(w, CodedField.CATEGORY, r.path("category"));
          concepts(w, CodedField.REASON, r.path("reasonCode"));
          time(w, r, "authoredOn", TimeField.AUTHORED_ON);
          JsonNode dr = r.path("dispenseRequest");
          period(w, dr, "validityPeriod", TimeField.VALIDITY_START, TimeField.VALIDITY_END, false);
          if (dr.has("quantity")) {
            w.number(NumberField.QUANTITY, quantityValue("dispenseRequest.quantity", dr.get("quantity")));
          }
          if (dr.hasNonNull("numberOfRepeatsAllowed")) {
            w.number(NumberField.REPEATS_ALLOWED, number("dispenseRequest.numberOfRepeatsAllowed", dr.get("numberOfRepeatsAllowed")));
          }
          if (dr.has("expectedSupplyDuration")) {
            w.number(NumberField.EXPECTED_SUPPLY_DAYS,
                days("dispenseRequest.expectedSupplyDuration", dr.get("expectedSupplyDuration")));
          }
        } else {
          time(w, r, "whenHandedOver", TimeField.WHEN_HANDED_OVER);
          time(w, r, "whenPrepared", TimeField.WHEN_PREPARED);
          if (r.has("quantity")) {
            w.number(NumberField.QUANTITY, quantityValue("quantity", r.get("quantity")));
          }
          if (r.has("daysSupply")) {
            w.number(NumberField.DAYS_SUPPLY, days("daysSupply", r.get("daysSupply")));
          }
        }
        dosage(w, r, kind == FactKind.MEDICATION_REQUEST);
        encounterReference(w, r);
      }
      case IMMUNIZATION -> {
        concept(w, CodedField.CODE, r.path("vaccineCode"));
        concept(w, CodedField.REASON, r.path("statusReason"));
        choiceTiming(w, r, "occurrence", TimeField.START, TimeField.END, FactFlag.TIMING_IS_PERIOD);
        time(w, r, "recorded", TimeField.RECORDED);
      }
      case DEVICE_REQUEST -> {
        concept(w, CodedField.CODE, r.path("codeCodeableConcept"));
        concepts(w, CodedField.REASON, r.path("reasonCode"));
        time(w, r, "authoredOn", TimeField.AUTHORED_ON);
        choiceTiming(w, r, "occurrence", TimeField.START, TimeField.END, FactFlag.TIMING_IS_PERIOD);
        for (JsonNode ext : r.path("modifierExtension")) {
          // Only the exact QI-Core URL: the misspelled ...qicore-doNotPeform is not read, as
          // QICoreCommon's doNotPerform() does not read it.
          if (ext.path("url").asText().equals(DO_NOT_PERFORM) && ext.path("valueBoolean").asBoolean(false)) {
            w.flag(FactFlag.DO_NOT_PERFORM);
          }
        }
      }
      case DIAGNOSTIC_REPORT -> {
        concept(w, CodedField.CODE, r.path("code"));
        concepts(w, CodedField.CATEGORY, r.path("category"));
        choiceTiming(w, r, "effective", TimeField.START, TimeField.END, FactFlag.TIMING_IS_PERIOD);
        time(w, r, "issued", TimeField.ISSUED);
      }
      case SERVICE_REQUEST -> {
        concept(w, CodedField.CODE, r.path("code"));
        concepts(w, CodedField.CATEGORY, r.path("category"));
        concepts(w, CodedField.REASON, r.path("reasonCode"));
        time(w, r, "authoredOn", TimeField.AUTHORED_ON);
        choiceTiming(w, r, "occurrence", TimeField.START, TimeField.END, FactFlag.TIMING_IS_PERIOD);
        if (r.path("doNotPerform").asBoolean(false)) {
          w.flag(FactFlag.DO_NOT_PERFORM);
        }
        encounterReference(w, r);
      }
      case COVERAGE -> {
        concept(w, CodedField.CODE, r.path("type"));
        period(w, r, "period", TimeField.START, TimeField.END, true);
      }
      case ALLERGY_INTOLERANCE -> {
        concept(w, CodedField.CODE, r.path("code"));
        concept(w, CodedField.CLINICAL_STATUS, r.path("clinicalStatus"));
        concept(w, CodedField.VERIFICATION_STATUS, r.path("verificationStatus"));
        choiceTiming(w, r, "onset", TimeField.START, TimeField.END, FactFlag.TIMING_IS_PERIOD);
        time(w, r, "recordedDate", TimeField.RECORDED);
      }
      case ADVERSE_EVENT -> {
        concept(w, CodedField.CODE, r.path("event"));
        if (r.hasNonNull("actuality")) {
          w.token(TokenField.STATUS, r.get("actuality").asText());
        }
        if (r.hasNonNull("date")) {
          DateTimes.Value v = parse("date", r.get("date").asText());
          w.time(TimeField.START, v).time(TimeField.END, v);
        }
        time(w, r, "recordedDate", TimeField.RECORDED);
      }
      default -> throw new IllegalStateException("unhandled kind " + kind);
    }
  }

  private static void medication(FactWriter w, JsonNode r, Map<String, JsonNode> medications) {
    if (r.has("medicationCodeableConcept")) {
      concept(w, CodedField.CODE, r.get("medicationCodeableConcept"));
      return;
    }
    if (r.has("medicationReference")) {
      String ref = r.get("medicationReference").path("reference").asText("");
      JsonNode med = null;
      if (ref.startsWith("#")) {
        for (JsonNode c : r.path("contained")) {
          if (c.path("resourceType").asText().equals("Medication") && c.path("id").asText().equals(ref.substring(1))) {
            med = c;
          }
        }
      } else {
        med = medications.get(tail(ref));
      }
      if (med == null) {
        throw new BadField("medicationReference", "'" + ref + "' must name a Medication contained in the resource"
            + " (#id) or in the same bundle or export (Medication/id), but none was found");
      }
      w.flag(FactFlag.MEDICATION_REFERENCE);
      concept(w, CodedField.CODE, med.path("code"));
    }
  }

  private static void dosage(FactWriter w, JsonNode r, boolean request) {
    JsonNode dosages = r.path("dosageInstruction");
    w.number(NumberField.DOSAGE_COUNT, dosages.size());
    if (dosages.size() == 0) {
      return;
    }
    JsonNode d = dosages.get(0);
    JsonNode repeat = d.path("timing").path("repeat");
    if (request) {
      period(w, repeat, "boundsPeriod", TimeField.BOUNDS_START, TimeField.BOUNDS_END, false);
    }
    if (repeat.hasNonNull("frequency")) {
      w.number(NumberField.FREQUENCY, number("dosageInstruction[0].timing.repeat.frequency", repeat.get("frequency")));
    }
    if (repeat.hasNonNull("frequencyMax")) {
      w.number(NumberField.FREQUENCY_MAX, number("dosageInstruction[0].timing.repeat.frequencyMax", repeat.get("frequencyMax")));
    }
    if (repeat.hasNonNull("period")) {
      w.number(NumberField.PERIOD, number("dosageInstruction[0].timing.repeat.period", repeat.get("period")));
    }
    if (repeat.hasNonNull("periodUnit")) {
      w.token(TokenField.PERIOD_UNIT, repeat.get("periodUnit").asText());
    }
    if (repeat.has("timeOfDay")) {
      w.number(NumberField.TIME_OF_DAY_COUNT, repeat.get("timeOfDay").size());
    }
    JsonNode dr = d.path("doseAndRate");
    w.number(NumberField.DOSE_AND_RATE_COUNT, dr.size());
    if (dr.size() > 0) {
      JsonNode first = dr.get(0);
      if (first.has("doseQuantity")) {
        w.number(NumberField.DOSE, quantityValue("dosageInstruction[0].doseAndRate[0].doseQuantity",
            first.get("doseQuantity")));
      } else if (first.path("doseRange").has("high")) {
        w.number(NumberField.DOSE, quantityValue("dosageInstruction[0].doseAndRate[0].doseRange.high",
            first.path("doseRange").get("high")));
      }
    }
  }

  private static void value(FactWriter w, JsonNode r) {
    java.util.Iterator<String> names = r.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!name.startsWith("value") || name.length() <= 5 || !Character.isUpperCase(name.charAt(5))) {
        continue;
      }
      w.flag(FactFlag.HAS_VALUE);
      JsonNode v = r.get(name);
      switch (name) {
        case "valueQuantity" -> {
          w.flag(FactFlag.VALUE_IS_QUANTITY);
          if (v.hasNonNull("comparator")) {
            w.token(TokenField.VALUE_COMPARATOR, v.get("comparator").asText());
          }
          if (v.has("value")) {
            w.number(NumberField.VALUE, quantityValue(name, v));
          }
          String unit = unit(v);
          if (unit != null) {
            w.token(TokenField.VALUE_UNIT, unit);
          }
        }
        case "valueCodeableConcept" -> concept(w, CodedField.VALUE, v);
        case "valueBoolean" -> w.number(NumberField.VALUE, v.asBoolean() ? 1 : 0);
        case "valueInteger" -> w.number(NumberField.VALUE, number(name, v));
        case "valueDateTime" -> w.time(TimeField.VALUE, parse(name, v.asText()));
        default -> {
          // valueString, valueRatio, valuePeriod...: present (value is not null), not used in columns
        }
      }
    }
  }

  private static String unit(JsonNode quantity) {
    if (quantity.hasNonNull("code")) {
      return quantity.get("code").asText();
    }
    return quantity.hasNonNull("unit") ? quantity.get("unit").asText() : null;
  }

  private static double quantityValue(String field, JsonNode quantity) {
    return number(field + ".value", quantity.path("value"));
  }

  /** A JSON number that is finite as a double, else a bad field. */
  private static double number(String field, JsonNode v) {
    if (!v.isNumber()) {
      throw new BadField(field, "'" + (v.isValueNode() ? v.asText() : v.toString()) + "' must be a number");
    }
    double d = v.asDouble();
    if (!Double.isFinite(d)) {
      throw new BadField(field, v + " is beyond the range of a double; a finite number is required");
    }
    return d;
  }

  /** A duration quantity in days (CQL {@code convert ... to days}); unknown units are an error. */
  private static double days(String field, JsonNode q) {
    double v = quantityValue(field, q);
    String unit = q.hasNonNull("code") ? q.get("code").asText() : q.path("unit").asText("");
    double factor = switch (unit) {
      case "d", "day", "days" -> 1;
      case "wk", "week", "weeks" -> 7;
      case "h", "hour", "hours" -> 1.0 / 24;
      case "min", "minute", "minutes" -> 1.0 / 1440;
      case "mo", "month", "months" -> 30;
      case "a", "year", "years" -> 365;
      default -> throw new BadField(field + ".code", "unit '" + unit + "' must be a duration unit the measures can"
          + " convert to days (d, wk, h, min, mo, a, or day(s), week(s), hour(s), minute(s), month(s), year(s))");
    };
    return v * factor;
  }

  private static void encounterReference(FactWriter w, JsonNode r) {
    String ref = r.path("encounter").path("reference").asText(null);
    if (ref == null) {
      ref = r.path("context").path("reference").asText(null);
    }
    if (ref != null) {
      w.token(TokenField.ENCOUNTER_REFERENCE, tail(ref));
    }
  }

  private static void choiceTiming(FactWriter w, JsonNode r, String base, TimeField start, TimeField end,
      FactFlag periodFlag) {
    if (r.hasNonNull(base + "DateTime")) {
      DateTimes.Value v = parse(base + "DateTime", r.get(base + "DateTime").asText());
      w.time(start, v).time(end, v);
    } else if (r.hasNonNull(base + "Instant")) {
      DateTimes.Value v = parse(base + "Instant", r.get(base + "Instant").asText());
      w.time(start, v).time(end, v);
    } else if (r.has(base + "Period")) {
      w.flag(periodFlag);
      period(w, r, base + "Period", start, end, false);
    } else {
      for (String unsupported : new String[] {"Age", "Range", "Timing"}) {
        if (r.has(base + unsupported)) {
          throw new BadField(base + unsupported, "is not supported: acokit reads " + base + "DateTime, "
              + base + "Period or " + base + "Instant (named gap: ages and ranges as timing)");
        }
      }
    }
  }

  private static void period(FactWriter w, JsonNode r, String name, TimeField start, TimeField end, boolean flag) {
    JsonNode p = r.get(name);
    if (p == null || p.isNull()) {
      return;
    }
    if (flag) {
      w.flag(FactFlag.TIMING_IS_PERIOD);
    }
    DateTimes.Value s = p.hasNonNull("start") ? parse(name + ".start", p.get("start").asText()) : null;
    DateTimes.Value e = p.hasNonNull("end") ? parse(name + ".end", p.get("end").asText()) : null;
    if (s != null && e != null && DateTimes.hasOffset(s.meta()) == DateTimes.hasOffset(e.meta())
        && e.instant() < s.instant()) {
      throw new BadField(name, "end " + p.get("end").asText() + " is before start " + p.get("start").asText()
          + "; a period must not end before it starts");
    }
    if (s != null) {
      w.time(start, s);
    }
    if (e != null) {
      w.time(end, e);
    }
  }

  private static void time(FactWriter w, JsonNode r, String name, TimeField field) {
    if (r.hasNonNull(name)) {
      w.time(field, parse(name, r.get(name).asText()));
    }
  }

  private static DateTimes.Value parse(String field, String text) {
    try {
      return DateTimes.parse(text);
    } catch (IllegalArgumentException e) {
      throw new BadField(field, e.getMessage());
    }
  }

  private static void concepts(FactWriter w, CodedField f, JsonNode array) {
    for (JsonNode c : array) {
      concept(w, f, c);
    }
  }

  private static void concept(FactWriter w, CodedField f, JsonNode concept) {
    for (JsonNode coding : concept.path("coding")) {
      coding(w, f, coding);
    }
  }

  private static void coding(FactWriter w, CodedField f, JsonNode coding) {
    if (coding.hasNonNull("code")) {
      String system = coding.path("system").asText("");
      w.code(f, system.isEmpty() ? "urn:acokit:no-system" : system, coding.get("code").asText());
    }
  }
}
