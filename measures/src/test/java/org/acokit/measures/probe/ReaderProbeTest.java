/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.acokit.io.Failure;
import org.acokit.io.FailureException;
import org.acokit.io.ValueWithFailures;
import org.acokit.measures.CatalogProgram;
import org.acokit.measures.CatalogYear;
import org.acokit.measures.ecqm.TestDeck;
import org.acokit.measures.MeasureCatalogs;
import org.acokit.measures.QppMeasuresData;
import org.acokit.measures.TenValueDeciles;
import org.acokit.measures.equity.InequalityCsv;
import org.acokit.measures.fhir.FhirReader;
import org.acokit.measures.hospital.HacrpReconciliation;
import org.acokit.measures.hospital.HrrpReconciliation;
import org.acokit.measures.patient.PatientData;
import org.acokit.measures.terminology.ValueSets;
import org.acokit.measures.workforce.HrCsv;
import org.acokit.measures.workforce.SelectionCsv;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The probe suite of issue 17 for the measures module's readers: each probe feeds one bad input
 * and passes when the reader answers with a clear, named {@link Failure} (a
 * {@link FailureException}, or a row-level failure next to the good rows kept) or handles the
 * input correctly. Anything else (a raw JDK or Jackson exception, a silent skip, a clamp, a lost
 * file) fails the probe.
 */
class ReaderProbeTest {

  @TempDir
  Path dir;

  /** One probe: a name and a check that returns whether the answer is clear or correct. */
  private record Probe(String name, Check check) {
  }

  @FunctionalInterface
  private interface Check {
    boolean ok() throws Exception;
  }

  private Path file(String name, String text) throws IOException {
    return file(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private Path file(String name, byte[] bytes) throws IOException {
    Path f = dir.resolve(name);
    Files.createDirectories(f.getParent());
    Files.write(f, bytes);
    return f;
  }

  /** What the last probe answered, for the failure message. */
  private static final ThreadLocal<String> LAST = new ThreadLocal<>();

  @FunctionalInterface
  private interface Action {
    Object run() throws Exception;
  }

  /** Whether the action throws a FailureException whose failure satisfies the test. */
  private static boolean fails(Action action, Predicate<Failure> test) {
    try {
      LAST.set("returned " + action.run());
      return false;
    } catch (FailureException e) {
      LAST.set(e.failure().toString());
      return test.test(e.failure());
    } catch (Exception e) {
      LAST.set(e.toString());
      return false;
    }
  }

  private static boolean names(Failure f, String... parts) {
    String all = f.toString() + " " + f.value().orElse("");
    for (String p : parts) {
      if (!all.contains(p)) {
        return false;
      }
    }
    return true;
  }

  private static byte[] concat(String a, byte[] b, String c) {
    byte[] x = a.getBytes(StandardCharsets.UTF_8);
    byte[] z = c.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[x.length + b.length + z.length];
    System.arraycopy(x, 0, out, 0, x.length);
    System.arraycopy(b, 0, out, x.length, b.length);
    System.arraycopy(z, 0, out, x.length + b.length, z.length);
    return out;
  }

  private static final String MEASURE = "{\"measureId\":\"001\",\"title\":\"Diabetes\",\"category\":\"quality\","
      + "\"measureType\":\"outcome\",\"isInverse\":true,\"submissionMethods\":[\"electronicHealthRecord\"],"
      + "\"allowedPrograms\":[\"app1\"]}";
  private static final String MEASURE_2 = MEASURE.replace("\"001\"", "\"134\"").replace("true", "false");

  private static String bench(String id, String year, String deciles) {
    return "{\"measureId\":\"" + id + "\",\"submissionMethod\":\"electronicHealthRecord\",\"performanceYear\":" + year
        + ",\"benchmarkYear\":2019,\"isInverse\":false,\"deciles\":" + deciles + "}";
  }

  private static final String DECILES = "[10,20,30,40,50,60,70,80,90]";

  private static final String PATIENT = "{\"resourceType\":\"Patient\",\"id\":\"p1\",\"birthDate\":\"1950-01-01\","
      + "\"gender\":\"female\"}";
  private static final String PATIENT_2 = PATIENT.replace("p1", "p2");

  private static String bundle(String... resources) {
    StringBuilder s = new StringBuilder("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[");
    for (int i = 0; i < resources.length; i++) {
      s.append(i > 0 ? "," : "").append("{\"resource\":").append(resources[i]).append('}');
    }
    return s.append("]}").toString();
  }

  private static final String SNAPSHOT_HEADER =
      "snapshot_date,employee_id,institution,unit,job_family,level,clinician,leadership,sex\n";

  private static String snapshot(String id) {
    return "2016-01-01," + id + ",A,U1,nurse,2,yes,no,F\n";
  }

  private static final String HAC_HEADER = "\"Facility Name\",\"Facility ID\",\"State\",\"Fiscal Year\","
      + "\"PSI 90 Composite Value\",\"PSI 90 Composite Value Footnote\",\"PSI 90 W Z Score\",\"PSI 90 W Z Footnote\","
      + "\"PSI 90 Start Date\",\"PSI 90 End Date\",\"CLABSI SIR\",\"CLABSI SIR Footnote\",\"CLABSI W Z Score\","
      + "\"CLABSI W Z Footnote\",\"CAUTI SIR\",\"CAUTI SIR Footnote\",\"CAUTI W Z Score\",\"CAUTI W Z Footnote\","
      + "\"SSI SIR\",\"SSI SIR Footnote\",\"SSI W Z Score\",\"SSI W Z Footnote\",\"CDI SIR\",\"CDI SIR Footnote\","
      + "\"CDI W Z Score\",\"CDI W Z Footnote\",\"MRSA SIR\",\"MRSA SIR Footnote\",\"MRSA W Z Score\","
      + "\"MRSA W Z Footnote\",\"HAI Measures Start Date\",\"HAI Measures End Date\",\"Total HAC Score\","
      + "\"Total HAC Score Footnote\",\"Payment Reduction\",\"Payment Reduction Footnote\"\n";

  private static String hac(String id) {
    return "H " + id + "," + id + ",AL,2024,1.1140,,1.0130,,01/01/2021,06/30/2022,1.136,,0.5127,,0.437,,-0.4856,,"
        + "0.739,,-0.1381,,0.631,,0.4753,,0.788,,-0.1534,,01/01/2022,12/31/2022,0.2040,,No,\n";
  }

  private static final String HRRP_HEADER = "ccn,payment_adjustment_factor,dual_proportion,peer_group,ami_discharges,"
      + "ami_err,ami_penalty_indicator,ami_drg_payment_ratio,copd_discharges,copd_err,copd_penalty_indicator,"
      + "copd_drg_payment_ratio,hf_discharges,hf_err,hf_penalty_indicator,hf_drg_payment_ratio,pn_discharges,pn_err,"
      + "pn_penalty_indicator,pn_drg_payment_ratio,cabg_discharges,cabg_err,cabg_penalty_indicator,"
      + "cabg_drg_payment_ratio,tha_tka_discharges,tha_tka_err,tha_tka_penalty_indicator,tha_tka_drg_payment_ratio\n";

  private static String hrrp(String ccn, String discharges, String peer) {
    return ccn + ",0.9996,0.1824," + peer + "," + discharges
        + ",0.9899,0,0.0254,232,1.0277,1,0.0079,1110,0.9362,0,0.0407,1012,0.8961,0,0.0536,173,0.913,0,0.0278,"
        + "35,1.1047,1,0.0017\n";
  }

  private static final String PROGRAM_VALUES = "{\"fiscal_year\":2027,\"neutrality_modifier_4dp\":0.9628,"
      + "\"peer_group_medians_4dp\":{\"1\":{\"AMI\":1.0,\"COPD\":1.0,\"HF\":1.0,\"PN\":1.0,\"CABG\":1.0,"
      + "\"THA_TKA\":1.0}}}";

  private static final String EQUITY_HEADER = "dataset,indicator,dimension,subgroup,subgroup_order,estimate,se,"
      + "population,setting_average,favourable_indicator,ordered_dimension,indicator_scale,reference_subgroup\n";

  private static String equity(String dataset, String subgroup, int order) {
    return dataset + ",ind,dim," + subgroup + "," + order + ",75.6,1.5,2072,91,1,1,100," + (order == 1 ? 1 : 0)
        + "\n";
  }

  private static String valueSet(String url) {
    return "{\"resourceType\":\"ValueSet\",\"id\":\"v\",\"url\":\"" + url + "\",\"name\":\"V\",\"expansion\":"
        + "{\"contains\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"123\"}]}}";
  }

  private List<Probe> probes() {
    List<Probe> p = new ArrayList<>();
    // --- qpp-measures JSON
    p.add(new Probe("qpp measures: not JSON", () -> fails(() -> QppMeasuresData.readMeasures(
        file("m1.json", "[{\"measureId\":")), f -> names(f, "m1.json"))));
    p.add(new Probe("qpp measures: document is null", () -> fails(() -> QppMeasuresData.readMeasures(
        file("m2.json", "null")), f -> names(f, "m2.json", "null"))));
    p.add(new Probe("qpp measures: empty file", () -> fails(() -> QppMeasuresData.readMeasures(
        file("m3.json", "")), f -> names(f, "m3.json"))));
    p.add(new Probe("qpp measures: repeated key", () -> fails(() -> QppMeasuresData.readMeasures(
        file("m4.json", "[" + MEASURE.replace("{", "{\"title\":\"x\",") + "]")), f -> names(f, "m4.json", "title"))));
    p.add(new Probe("qpp measures: measure id twice", () -> {
      var r = QppMeasuresData.readMeasures(file("m5.json", "[" + MEASURE + "," + MEASURE_2 + "," + MEASURE + "]"));
      return r.values().size() == 1 && r.failures().size() == 2 && names(r.failures().get(0), "m5.json", "001", "0",
          "2");
    }));
    p.add(new Probe("qpp measures: one bad record keeps the rest", () -> {
      Object read = QppMeasuresData.readMeasures(file("m6.json", "[" + MEASURE + ",{\"measureId\":\"9\"},"
          + MEASURE_2 + "]"));
      if (!(read instanceof ValueWithFailures<?> r)) {
        return false;
      }
      return r.values().size() == 2 && r.failures().size() == 1 && r.failures().get(0).row().orElse(0) == 2
          && names(r.failures().get(0), "title");
    }));
    p.add(new Probe("qpp benchmarks: not JSON", () -> fails(() -> QppMeasuresData.readBenchmarks(
        file("b1.json", "[{"), Map.of(), TenValueDeciles.REJECT), f -> names(f, "b1.json"))));
    p.add(new Probe("qpp benchmarks: document is null", () -> fails(() -> QppMeasuresData.readBenchmarks(
        file("b2.json", "null"), Map.of(), TenValueDeciles.REJECT), f -> names(f, "b2.json"))));
    p.add(new Probe("qpp benchmarks: repeated key", () -> fails(() -> QppMeasuresData.readBenchmarks(
        file("b3.json", "[" + bench("001", "2021", DECILES).replace("\"deciles\"", "\"performanceYear\":2022,\"deciles\"")
            + "]"), Map.of(), TenValueDeciles.REJECT), f -> names(f, "b3.json", "$[0].performanceYear"))));
    p.add(new Probe("qpp benchmarks: record repeated", () -> {
      var r = QppMeasuresData.readBenchmarks(file("b4.json", "[" + bench("001", "2021", DECILES) + ","
          + bench("134", "2021", DECILES) + "," + bench("001", "2021", DECILES) + "]"), Map.of(),
          TenValueDeciles.REJECT);
      return r.values().size() == 1 && r.failures().size() == 2 && names(r.failures().get(0), "001", "[0]", "[2]");
    }));
    p.add(new Probe("qpp benchmarks: year not numeric", () -> {
      var r = QppMeasuresData.readBenchmarks(file("b5.json", "[" + bench("001", "\"abc\"", DECILES) + ","
          + bench("134", "2021", DECILES) + "]"), Map.of(), TenValueDeciles.REJECT);
      return r.values().size() == 1 && r.failures().size() == 1 && names(r.failures().get(0), "performanceYear", "abc");
    }));
    p.add(new Probe("qpp benchmarks: fractional year", () -> {
      var r = QppMeasuresData.readBenchmarks(file("b6.json", "[" + bench("001", "2021.5", DECILES) + "]"), Map.of(),
          TenValueDeciles.REJECT);
      return r.values().isEmpty() && r.failures().size() == 1 && names(r.failures().get(0), "performanceYear", "2021.5");
    }));
    p.add(new Probe("qpp benchmarks: decile overflows to infinity", () -> {
      var r = QppMeasuresData.readBenchmarks(file("b7.json", "[" + bench("001", "2021",
          "[10,20,30,40,50,60,70,80,1e400]") + "]"), Map.of(), TenValueDeciles.REJECT);
      return r.values().isEmpty() && r.failures().size() == 1 && names(r.failures().get(0), "deciles");
    }));
    p.add(new Probe("qpp benchmarks: deciles not an array", () -> {
      var r = QppMeasuresData.readBenchmarks(file("b8.json", "[" + bench("001", "2021", "\"x\"") + "]"), Map.of(),
          TenValueDeciles.REJECT);
      return r.values().isEmpty() && r.failures().size() == 1 && names(r.failures().get(0), "deciles", "array");
    }));
    p.add(new Probe("qpp benchmarks: record not an object", () -> {
      var r = QppMeasuresData.readBenchmarks(file("b9.json", "[42," + bench("001", "2021", DECILES) + "]"), Map.of(),
          TenValueDeciles.REJECT);
      return r.values().size() == 1 && r.failures().size() == 1 && names(r.failures().get(0), "[0]", "object");
    }));
    // --- catalogs
    p.add(new Probe("catalog: unknown program is not a bad year", () -> fails(
        () -> MeasureCatalogs.load().year(CatalogProgram.of("NOSUCH"), 2023),
        f -> f.message().contains("program") && f.message().contains("NOSUCH") && !f.message().contains("year of"))));
    p.add(new Probe("catalog: program name is a FailureException", () -> fails(() -> CatalogProgram.of("app"),
        f -> names(f, "app"))));
    p.add(new Probe("catalog: year outside the catalog", () -> fails(
        () -> MeasureCatalogs.load().year(CatalogProgram.APP, 1999), f -> names(f, "1999", "2021"))));
    p.add(new Probe("catalog: a measure listed twice in a year", () -> fails(() -> CatalogYear.builder()
        .program(CatalogProgram.APP).performanceYear(2023).source("probe")
        .addMeasures(org.acokit.measures.MeasureDefinition.builder().measureId("001").title("A").domain("d").direction(org.acokit.quality.Direction.HIGHER_IS_BETTER).unit(org.acokit.quality.RateUnit.PERCENT).build())
        .addMeasures(org.acokit.measures.MeasureDefinition.builder().measureId("001").title("B").domain("d").direction(org.acokit.quality.Direction.HIGHER_IS_BETTER).unit(org.acokit.quality.RateUnit.PERCENT).build())
        .build(), f -> names(f, "measures[0]", "measures[1]", "001"))));
    // --- eCQM test deck
    p.add(new Probe("test deck: measurement period never guessed", () -> fails(() -> {
      Files.createDirectories(dir.resolve("deck1/valuesets"));
      Files.createDirectories(dir.resolve("deck1/measures/M/test-cases"));
      file("deck1/measures/M/Measure.json", "{\"resourceType\":\"Measure\",\"url\":\"http://x/M\"}");
      return TestDeck.read(dir.resolve("deck1"));
    }, f -> names(f, "Measure.json", "Measure.effectivePeriod.start"))));
    p.add(new Probe("test deck: Measure.json is null", () -> fails(() -> {
      Files.createDirectories(dir.resolve("deck2/valuesets"));
      Files.createDirectories(dir.resolve("deck2/measures/M/test-cases"));
      file("deck2/measures/M/Measure.json", "null");
      return TestDeck.read(dir.resolve("deck2"));
    }, f -> names(f, "Measure.json", "null"))));
    // --- FHIR
    p.add(new Probe("fhir: file not JSON keeps the other files", () -> {
      var r = FhirReader.read(List.of(file("f1/a.json", "{\"resourceType\":"), file("f1/b.json", bundle(PATIENT))));
      return r.values().get(0).size() == 1 && r.failures().size() == 1 && names(r.failures().get(0), "a.json");
    }));
    p.add(new Probe("fhir: document is null", () -> {
      var r = FhirReader.read(List.of(file("f2/a.json", "null"), file("f2/b.json", bundle(PATIENT))));
      return r.values().get(0).size() == 1 && r.failures().size() == 1 && names(r.failures().get(0), "a.json", "null");
    }));
    p.add(new Probe("fhir: repeated key", () -> {
      var r = FhirReader.read(List.of(file("f3/a.json", bundle(PATIENT.replace("\"gender\"", "\"id\":\"x\","
          + "\"gender\"")))));
      return r.failures().size() == 1 && names(r.failures().get(0), "a.json", "id");
    }));
    p.add(new Probe("fhir: ndjson bad byte loses one line", () -> {
      var r = FhirReader.read(List.of(file("f4/p.ndjson", concat(PATIENT + "\n{\"resourceType\":\"Patient\",\"id\":\"p3\","
          + "\"gender\":\"f", new byte[] {(byte) 0xC3, (byte) 0x28}, "\"}\n" + PATIENT_2 + "\n"))));
      PatientData d = r.values().get(0);
      return d.size() == 2 && r.failures().size() == 1 && r.failures().get(0).row().orElse(0) == 2;
    }));
    p.add(new Probe("fhir: ndjson line null", () -> {
      var r = FhirReader.read(List.of(file("f5/p.ndjson", PATIENT + "\nnull\n" + PATIENT_2 + "\n")));
      return r.values().get(0).size() == 2 && r.failures().size() == 1 && r.failures().get(0).row().orElse(0) == 2;
    }));
    p.add(new Probe("fhir: ndjson trailing garbage", () -> {
      var r = FhirReader.read(List.of(file("f6/p.ndjson", PATIENT + " x\n" + PATIENT_2 + "\n")));
      return r.values().get(0).size() == 1 && r.failures().size() == 1 && r.failures().get(0).row().orElse(0) == 1;
    }));
    p.add(new Probe("fhir: ndjson line without resourceType", () -> {
      var r = FhirReader.read(List.of(file("f7/p.ndjson", PATIENT + "\n{\"id\":\"x\"}\n")));
      return r.values().get(0).size() == 1 && r.failures().size() == 1 && names(r.failures().get(0), "resourceType");
    }));
    p.add(new Probe("fhir: quantity overflows to infinity", () -> {
      var r = FhirReader.read(List.of(file("f8/a.json", bundle(PATIENT, "{\"resourceType\":\"Observation\",\"id\":\"o\","
          + "\"subject\":{\"reference\":\"Patient/p1\"},\"valueQuantity\":{\"value\":1e400}}"))));
      return r.failures().size() == 1 && names(r.failures().get(0), "Observation.valueQuantity.value");
    }));
    p.add(new Probe("fhir: bad birthDate names Patient.birthDate", () -> {
      var r = FhirReader.read(List.of(file("f9/a.json", bundle(PATIENT.replace("1950-01-01", "1950-13-45")))));
      return r.failures().size() == 1 && names(r.failures().get(0), "Patient.birthDate", "1950-13-45");
    }));
    p.add(new Probe("fhir: bundle entry without resource", () -> {
      var r = FhirReader.read(List.of(file("f10/a.json", "{\"resourceType\":\"Bundle\",\"entry\":[{\"fullUrl\":\"x\"},"
          + "{\"resource\":" + PATIENT + "}]}")));
      return r.failures().size() == 1 && names(r.failures().get(0), "a.json", "Bundle.entry[0].resource");
    }));
    // --- value sets
    p.add(new Probe("value sets: file not JSON", () -> fails(() -> {
      file("v1/a.json", "{");
      return ValueSets.read(dir.resolve("v1"));
    }, f -> names(f, "a.json"))));
    p.add(new Probe("value sets: document is null", () -> fails(() -> {
      file("v2/a.json", "null");
      return ValueSets.read(dir.resolve("v2"));
    }, f -> names(f, "a.json", "null"))));
    p.add(new Probe("value sets: repeated key", () -> fails(() -> {
      file("v3/a.json", valueSet("http://x/1").replace("\"name\"", "\"url\":\"http://x/2\",\"name\""));
      return ValueSets.read(dir.resolve("v3"));
    }, f -> names(f, "a.json", "url"))));
    p.add(new Probe("value sets: url twice names both files", () -> fails(() -> {
      file("v4/a.json", valueSet("http://x/1"));
      file("v4/b.json", valueSet("http://x/1"));
      return ValueSets.read(dir.resolve("v4"));
    }, f -> names(f, "a.json", "b.json", "http://x/1"))));
    p.add(new Probe("value sets: no expansion is a FailureException", () -> fails(() -> {
      file("v5/a.json", "{\"resourceType\":\"ValueSet\",\"url\":\"http://x/1\"}");
      return ValueSets.read(dir.resolve("v5"));
    }, f -> names(f, "a.json", "expansion"))));
    // --- workforce CSV
    p.add(new Probe("hr csv: unclosed quote keeps later rows", () -> {
      var r = HrCsv.readSnapshots(new StringReader(SNAPSHOT_HEADER + snapshot("e1") + "2016-01-01,\"e2,A,U1,nurse,2,"
          + "yes,no,F\n" + snapshot("e3") + snapshot("e4")), "s.csv");
      return r.values().size() == 3 && r.failedRows() == 1;
    }));
    p.add(new Probe("hr csv: replacement character is a row failure", () -> {
      var r = HrCsv.readSnapshots(new StringReader(SNAPSHOT_HEADER + snapshot("e1") + snapshot("e\uFFFD2")
          + snapshot("e3")), "s.csv");
      return r.values().size() == 2 && r.failedRows() == 1 && names(r.failures().get(0), "employee_id");
    }));
    p.add(new Probe("hr csv: too many cells is a row failure", () -> {
      var r = HrCsv.readSnapshots(new StringReader(SNAPSHOT_HEADER + snapshot("e1") + snapshot("e2").replace("\n",
          ",extra\n") + snapshot("e3")), "s.csv");
      return r.values().size() == 2 && r.failedRows() == 1;
    }));
    p.add(new Probe("selection csv: unclosed quote keeps later rows", () -> {
      var r = SelectionCsv.read(new StringReader("dataset,group,applicants,selected\nd,A,10,5\nd,\"B,10,5\nd,C,10,5\n"
          + "e,A,3,1\ne,B,4,2\n"), "sel.csv");
      return r.failedRows() == 1 && !r.values().isEmpty();
    }));
    // --- equity CSV
    p.add(new Probe("equity csv: short row is a row failure", () -> {
      var r = InequalityCsv.read(new StringReader(EQUITY_HEADER + equity("a", "Q1", 1) + equity("a", "Q2", 2)
          + "b,ind,dim\n" + equity("c", "Q1", 1) + equity("c", "Q2", 2)), "eq.csv");
      return r.values().size() == 2 && r.failedRows() == 1;
    }));
    p.add(new Probe("equity csv: unclosed quote keeps later datasets", () -> {
      var r = InequalityCsv.read(new StringReader(EQUITY_HEADER + equity("a", "Q1", 1) + equity("a", "Q2", 2)
          + "\"b,ind,dim,Q1,1,1,1,1,1,1,1,100,1\n" + equity("c", "Q1", 1) + equity("c", "Q2", 2)), "eq.csv");
      return r.values().size() == 2 && r.failedRows() == 1;
    }));
    // --- hospital CSVs and JSON
    p.add(new Probe("hacrp: unclosed quote keeps later rows", () -> {
      var r = HacrpReconciliation.read(file("h1.csv", HAC_HEADER + hac("010001") + "\"H 2," + hac("010002")
          .substring(4) + hac("010003")));
      return r.values().size() == 2 && r.failedRows() == 1;
    }));
    p.add(new Probe("hacrp: bad byte loses one row", () -> {
      var r = HacrpReconciliation.read(file("h2.csv", concat(HAC_HEADER + hac("010001") + "H", new byte[] {(byte) 0xFF},
          hac("010002").substring(1) + hac("010003"))));
      return r.values().size() == 2 && r.failedRows() == 1;
    }));
    p.add(new Probe("hacrp: missing column is a FailureException", () -> fails(() -> HacrpReconciliation.read(
        file("h3.csv", "\"Facility ID\",State\n1,AL\n")), f -> names(f, "h3.csv", "Total HAC Score"))));
    p.add(new Probe("hacrp: empty file is a FailureException", () -> fails(() -> HacrpReconciliation.read(
        file("h4.csv", "")), f -> names(f, "h4.csv"))));
    p.add(new Probe("hrrp: fractional discharges", () -> {
      var r = HrrpReconciliation.readHospitals(file("r1.csv", HRRP_HEADER + hrrp("010001", "398.5", "2")
          + hrrp("010002", "398", "2")));
      return r.values().size() == 1 && r.failures().size() == 1 && names(r.failures().get(0), "ami_discharges");
    }));
    p.add(new Probe("hrrp: fractional peer group", () -> {
      var r = HrrpReconciliation.readHospitals(file("r2.csv", HRRP_HEADER + hrrp("010001", "398", "2.5")
          + hrrp("010002", "398", "2")));
      return r.values().size() == 1 && r.failures().size() == 1 && names(r.failures().get(0), "peer_group");
    }));
    p.add(new Probe("hrrp: discharges beyond int", () -> {
      var r = HrrpReconciliation.readHospitals(file("r3.csv", HRRP_HEADER + hrrp("010001", "1e12", "2")));
      return r.values().isEmpty() && r.failures().size() == 1 && names(r.failures().get(0), "ami_discharges");
    }));
    p.add(new Probe("hrrp program values: unknown condition", () -> fails(() -> HrrpReconciliation.readProgramValues(
        file("pv1.json", PROGRAM_VALUES.replace("\"AMI\"", "\"FOO\""))), f -> names(f, "pv1.json", "FOO"))));
    p.add(new Probe("hrrp program values: peer group not a number", () -> fails(
        () -> HrrpReconciliation.readProgramValues(file("pv2.json", PROGRAM_VALUES.replace("{\"1\"", "{\"x\""))),
        f -> names(f, "pv2.json", "x"))));
    p.add(new Probe("hrrp program values: null document", () -> fails(() -> HrrpReconciliation.readProgramValues(
        file("pv3.json", "null")), f -> names(f, "pv3.json", "null"))));
    p.add(new Probe("hrrp program values: repeated key", () -> fails(() -> HrrpReconciliation.readProgramValues(
        file("pv4.json", PROGRAM_VALUES.replace("{\"fiscal_year\"", "{\"fiscal_year\":2026,\"fiscal_year\""))),
        f -> names(f, "pv4.json", "fiscal_year"))));
    p.add(new Probe("hrrp program values: fractional year", () -> fails(() -> HrrpReconciliation.readProgramValues(
        file("pv5.json", PROGRAM_VALUES.replace("2027", "2027.5"))), f -> names(f, "pv5.json", "fiscal_year"))));
    p.add(new Probe("hrrp program values: median not a number", () -> fails(() -> HrrpReconciliation.readProgramValues(
        file("pv6.json", PROGRAM_VALUES.replace("\"AMI\":1.0", "\"AMI\":\"high\""))),
        f -> names(f, "pv6.json", "AMI"))));
    return p;
  }

  @TestFactory
  Stream<DynamicTest> everyBadInputGetsAClearAnswer() {
    List<Probe> all = probes();
    return all.stream().map(probe -> DynamicTest.dynamicTest(probe.name(), () -> {
      boolean ok;
      LAST.set("");
      try {
        ok = probe.check().ok();
      } catch (Exception | StackOverflowError e) {
        LAST.set(e.toString());
        ok = false;
      }
      assertThat(ok).as(probe.name() + ": " + LAST.get()).isTrue();
    }));
  }
}
