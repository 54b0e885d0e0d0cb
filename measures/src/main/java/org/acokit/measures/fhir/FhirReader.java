/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.fhir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;

import com.fasterxml.jackson.databind.JsonNode;
import org.acokit.io.Failure;
import org.acokit.io.FailureException;
import org.acokit.io.AcoJson;
import org.acokit.io.FailureCode;
import org.acokit.io.TextFiles;
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
 * per file, then merged. A file that is not JSON, repeats a key in an object or is just
 * {@code null}, an NDJSON line that is not UTF-8 or not one JSON object, and a Bundle entry without
 * a resource are failures too, the rest of the file kept. A Bundle holding exactly one Patient is that patient's record: every
 * resource in it is attributed to that patient, whatever its subject reference says (MADiE's
 * test-case exports have subject references with typing errors, and MADiE's engine evaluates the
 * bundle as the patient's record); elsewhere the subject (or {@code patient}, {@code beneficiary})
 * reference decides. Static functions only; thread-safe.
 */
public final class FhirReader {

  private FhirReader() {
  }

  /**
   * Reads files: {@code *.ndjson} as Bulk FHIR NDJSON, anything else as one JSON resource (a
   * Bundle or a single resource).
   *
   * @param files the files
   * @return the dataset, and the failures
   * @throws UncheckedIOException if a file cannot be read; a file that is not JSON, repeats a key,
   *     or is empty or just {@code null} is a failure (row 1 of the file) and the other files are kept
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
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    if (source.endsWith(".ndjson")) {
      readNdjson(bytes, source, b, lost);
    } else {
      JsonNode root;
      try {
        root = AcoJson.readTree(bytes, "FHIR resource", source);
      } catch (FailureException e) {
        Failure f = e.failure();
        lost.add(Failure.ofRow(f.code(), source, 1, f.path(), f.value().orElse(null), f.message()));
        return new Part(b.build(), lost);
      }
      readJson(root, source, b, lost);
    }
    return new Part(b.build(), lost);
  }

  /**
   * Reads Bulk FHIR NDJSON: each line decoded as UTF-8 and parsed on its own, so a line with a bad
   * byte, text that is not JSON or a repeated key fails alone (its row the 1-based line).
   */
  private static void readNdjson(byte[] bytes, String source, PatientDataBuilder b, List<Failure> lost) {
    Optional<String> other = TextFiles.otherEncoding(bytes);
    if (other.isPresent()) {
      lost.add(Failure.ofRow(FailureCode.UNPARSEABLE, source, 1, "", null, source + ": NDJSON " + other.get()));
      return;
    }
    int row = 0;
    int start = 0;
    while (start < bytes.length) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      row++;
      int stop = end > start && bytes[end - 1] == '\r' ? end - 1 : end;
      int from = row == 1 ? Math.min(TextFiles.bomLength(bytes), stop) : start;
      Optional<String> line = TextFiles.decode(bytes, from, stop);
      if (line.isEmpty()) {
        lost.add(Failure.ofRow(FailureCode.UNPARSEABLE, source, row, "", null, source + " line " + row + ": "
            + TextFiles.badByte(bytes, from, stop).orElse("") + "; NDJSON lines must be UTF-8"));
      }
      start = end + 1;
      if (line.isEmpty() || line.get().isBlank()) {
        continue;
      }
      JsonNode r;
      try {
        r = AcoJson.readTree(line.get(), "FHIR NDJSON line", source + " line " + row);
      } catch (FailureException e) {
        Failure f = e.failure();
        lost.add(Failure.ofRow(f.code(), source, row, f.path(), f.value().orElse(null), f.message()));
        continue;
      }
      resource(r, source, row, b, Map.of(), null, null, lost);
    }
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
    JsonNode entries = root.path("entry");
    if (!entries.isMissingNode() && !entries.isArray()) {
      failures.add(Failure.ofRow(FailureCode.INVALID_VALUE, source, 1, "Bundle.entry", entries.getNodeType().toString(),
          source + ": Bundle.entry must be an array of entries, but is " + entries.getNodeType()));
      return;
    }
    Map<String, JsonNode> medications = new HashMap<>();
    Set<String> bundlePatients = new LinkedHashSet<>();
    for (JsonNode e : entries) {
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
    for (JsonNode e : entries) {
      row++;
      if (!e.path("resource").isObject()) {
        Failure f = Failure.ofRow(FailureCode.MISSING_VALUE, source, row, "Bundle.entry[" + (row - 1) + "].resource",
            null, source + ": Bundle.entry[" + (row - 1) + "] has no resource object; every entry of a Bundle read as"
                + " patient data must carry one");
        if (only != null) {
          b.fail(only, f);
        } else {
          failures.add(f);
        }
        continue;
      }
      resource(e.path("resource"), source, row, b, medications, bundlePatients, only, failures);
    }
  }

  private static void resource(JsonNode r, String source, int row, PatientDataBuilder b,
      Map<String, JsonNode> medications, Set<String> bundlePatients, String bundlePatient,
      List<Failure> failures) {
    String type = r.path("resourceType").asText("");
    if (!r.isObject() || !r.path("resourceType").isTextual() || type.isBlank()) {
      Failure f = Failure.ofRow(FailureCode.UNKNOWN_LAYOUT, source, row, "resourceType",
          r.isObject() ? null : r.getNodeType().toString(), source + " row " + row + ": a FHIR resource must be a"
              + " JSON object with a resourceType, but " + (r.isObject() ? "resourceType is missing or not text"
              : "this is " + r.getNodeType()));
      if (bundlePatient != null) {
        b.fail(bundlePatient, f);
      } else {
        failures.add(f);
      }
      return;
    }
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
    } catch (FhirResources.BadField | IllegalArgumentException e) {
      String field = e instanceof FhirResources.BadField bad ? bad.field : "";
      Failure f = Failure.ofRow(FailureCode.INVALID_VALUE, source, row, type + (field.isEmpty() ? "" : "." + field),
          null, type + "/" + id + (field.isEmpty() ? "" : " field " + field) + ": " + e.getMessage());
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
