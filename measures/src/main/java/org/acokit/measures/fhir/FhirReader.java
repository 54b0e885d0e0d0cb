/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.fhir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.acokit.io.Failure;
import org.acokit.io.FailureCode;
import org.acokit.io.ValueWithFailures;
import org.acokit.measures.patient.FactKind;
import org.acokit.measures.patient.PatientData;
import org.acokit.measures.patient.PatientDataBuilder;

/**
 * Reads FHIR R4 JSON (QI-Core 4.1.1 / US Core profiles) into columnar {@link PatientData}: Bundles
 * ({@code *.json}, any Bundle type, or a single resource) and Bulk FHIR NDJSON exports
 * ({@code *.ndjson}, one resource per line, resources of a patient spread over files).
 * <p>
 * Built on Jackson's tree model, not HAPI FHIR: the columnar model needs a small subset of each
 * resource, so typed HAPI structures (tens of MB of dependencies, every element parsed into
 * objects) would cost size and speed for nothing. Choice types ({@code effectiveDateTime} /
 * {@code effectivePeriod}, {@code onset[x]}, {@code performed[x]}, {@code value[x]}),
 * {@code medicationReference} to a contained or bundled Medication, the QI-Core
 * {@code qicore-notDoneReason} extension and the DeviceRequest {@code qicore-doNotPerform}
 * modifier extension (its exact URL only) are read; resources of other types (Organization,
 * Practitioner, ...) are skipped.
 * <p>
 * A bad resource (an unparseable date, a Period that ends before it starts, a quantity that is not
 * a number, a Medication reference that resolves to nothing, ...) is a row-level failure naming
 * the file, the row (the 1-based Bundle entry or NDJSON line), the resource (type/id) and the
 * field; its patient is left out of the dataset (a measure evaluated without one of a patient's
 * resources could be wrong) and every other patient is kept. A patient referenced by facts but
 * without a Patient resource is also a failure. Files are read in parallel, one partial dataset
 * per file, then merged. A Bundle holding exactly one Patient is that patient's record: every
 * resource in it is attributed to that patient, whatever its subject reference says (MADiE's
 * test-case exports have subject references with typing errors, and MADiE's engine evaluates the
 * bundle as the patient's record); elsewhere the subject (or {@code patient}, {@code beneficiary})
 * reference decides. Static functions only; thread-safe.
 */
public final class FhirReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FhirReader() {
  }

  /**
   * Reads files: {@code *.ndjson} as Bulk FHIR NDJSON, anything else as one JSON resource (a
   * Bundle or a single resource).
   *
   * @param files the files
   * @return the dataset, and the failures
   * @throws UncheckedIOException if a file cannot be read or is not JSON at all
   */
  public static ValueWithFailures<PatientData> read(List<Path> files) {
    List<Part> parts = ForkJoinPool.commonPool().submit(() -> files.parallelStream()
        .map(FhirReader::readOne).toList()).join();
    List<PatientData> datasets = parts.stream().map(Part::data).toList();
    PatientData merged = datasets.size() == 1 ? datasets.get(0) : PatientData.merge(datasets);
    List<Failure> lost = new ArrayList<>();
    parts.forEach(p -> lost.addAll(p.lost()));
    return finish(merged, datasets, lost);
  }

  /**
   * Reads every {@code *.json} and {@code *.ndjson} file under a folder (recursively).
   *
   * @param folder the folder
   * @return the dataset, and the failures
   * @throws UncheckedIOException if the folder or a file cannot be read
   */
  public static ValueWithFailures<PatientData> readFolder(Path folder) {
    try (var s = Files.walk(folder)) {
      return read(s.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".json")
          || f.toString().endsWith(".ndjson")).sorted().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
  }

  /** One file's partial dataset and the failures that name no patient. */
  private record Part(PatientData data, List<Failure> lost) {
  }

  private static ValueWithFailures<PatientData> finish(PatientData merged, List<PatientData> parts,
      List<Failure> lost) {
    List<Failure> failures = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (PatientData d : parts) {
      d.failureList().forEach(f -> {
        if (seen.add(f.toString())) {
          failures.add(f);
        }
      });
    }
    failures.addAll(lost);
    PatientDataBuilder b = null;
    for (int p = 0; p < merged.size(); p++) {
      if (!merged.hasPatientResource(p)) {
        if (b == null) {
          b = new PatientDataBuilder();
        }
        Failure f = Failure.ofRow(FailureCode.INCONSISTENT, "(all files)", p + 1, "Patient", merged.id(p),
            "Patient/" + merged.id(p) + " is referenced by clinical resources but no Patient resource with this id was read");
        b.fail(merged.id(p), f);
        failures.add(f);
      }
    }
    if (b != null) {
      b.addAll(merged, Set.of());
      merged = b.build();
    }
    return ValueWithFailures.<PatientData>builder().addValues(merged).addAllFailures(failures).build();
  }

  private static Part readOne(Path file) {
    PatientDataBuilder b = new PatientDataBuilder();
    String source = file.toString();
    List<Failure> lost = new ArrayList<>();
    try {
      if (source.endsWith(".ndjson")) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          String line;
          int row = 0;
          while ((line = in.readLine()) != null) {
            row++;
            if (line.isBlank()) {
              continue;
            }
            JsonNode r;
            try {
              r = JSON.readTree(line);
            } catch (IOException e) {
              lost.add(Failure.ofRow(FailureCode.UNPARSEABLE, source, row, "", null, "line is not JSON: " + e.getMessage()));
              continue;
            }
            resource(r, source, row, b, Map.of(), null, null, lost);
          }
        }
      } else {
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
          root = JSON.readTree(in);
        }
        readJson(root, source, b, lost);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return new Part(b.build(), lost);
  }

  /**
   * Reads one JSON resource tree (a Bundle or a single resource) into a builder.
   *
   * @param root the resource
   * @param source the file name, for failures
   * @param b the builder
   * @param failures where failures naming no patient go
   */
  static void readJson(JsonNode root, String source, PatientDataBuilder b, List<Failure> failures) {
    if (!root.path("resourceType").asText().equals("Bundle")) {
      resource(root, source, 1, b, Map.of(), null, null, failures);
      return;
    }
    Map<String, JsonNode> medications = new HashMap<>();
    Set<String> bundlePatients = new LinkedHashSet<>();
    for (JsonNode e : root.path("entry")) {
      JsonNode r = e.path("resource");
      if (r.path("resourceType").asText().equals("Medication")) {
        medications.put(r.path("id").asText(), r);
      }
      String p = FhirResources.patientOf(r);
      if (p != null && r.path("resourceType").asText().equals("Patient")) {
        bundlePatients.add(p);
      }
    }
    // A Bundle holding exactly one Patient is that patient's record (a MADiE test-case export, an
    // EHR's patient $everything): its resources are the patient's whatever their subject says.
    String only = bundlePatients.size() == 1 ? bundlePatients.iterator().next() : null;
    int row = 0;
    for (JsonNode e : root.path("entry")) {
      row++;
      resource(e.path("resource"), source, row, b, medications, bundlePatients, only, failures);
    }
  }

  private static void resource(JsonNode r, String source, int row, PatientDataBuilder b,
      Map<String, JsonNode> medications, Set<String> bundlePatients, String bundlePatient,
      List<Failure> failures) {
    String type = r.path("resourceType").asText("");
    boolean isPatient = type.equals("Patient");
    FactKind kind = FactKind.ofResourceType(type);
    if (!isPatient && kind == null) {
      return;
    }
    String id = r.path("id").asText("");
    String patientId = bundlePatient != null ? bundlePatient : FhirResources.patientOf(r);
    try {
      if (id.isBlank()) {
        throw new FhirResources.BadField("id", "is missing; every resource needs an id");
      }
      if (patientId == null || patientId.isBlank()) {
        throw new FhirResources.BadField(isPatient ? "id" : type.equals("Coverage") ? "beneficiary"
            : type.equals("AllergyIntolerance") || type.equals("Immunization") ? "patient" : "subject",
            "must reference the Patient the resource belongs to (Patient/<id>), but is missing");
      }
      int p = b.patient(patientId);
      if (isPatient) {
        FhirResources.patient(r, p, source, b);
      } else {
        FhirResources.fact(kind, r, b.fact(kind, p, id), medications);
      }
    } catch (FhirResources.BadField e) {
      Failure f = Failure.ofRow(FailureCode.INVALID_VALUE, source, row, type + "." + e.field, null,
          type + "/" + id + " field " + e.field + ": " + e.getMessage());
      if (patientId != null && !patientId.isBlank()) {
        b.fail(patientId, f);
      } else if (bundlePatients != null && !bundlePatients.isEmpty()) {
        bundlePatients.forEach(pid -> b.fail(pid, f));
      } else {
        failures.add(f);
      }
    }
  }
}
