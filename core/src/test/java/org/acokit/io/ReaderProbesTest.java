/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.acokit.contract.ContractJson;
import org.acokit.puf.PufReader;
import org.acokit.puf.PufRecord;
import org.acokit.report.ReportCell;
import org.acokit.report.SettlementReport;
import org.acokit.report.SettlementReportReader;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A probe suite of bad inputs, built here, for every text reader of core: contract JSON
 * ({@link ContractJson}), the public use file CSV ({@link PufReader}) and the settlement report
 * CSV export and workbook ({@link SettlementReportReader}). Each probe is correct when the reader
 * either reads the file right (good rows kept, the bad row a row failure, no NaN or infinity) or
 * fails with the library's own {@link FailureException} whose failure names the source (the file)
 * and whose message is the library's, not a raw JDK, Jackson or POI message. The test prints
 * every probe's outcome and the count, and fails unless every probe is correct.
 */
class ReaderProbesTest {

  private static final String VALID_TERMS = "{\"name\":\"x\",\"savingsBands\":[{\"lower\":0,\"rate\":0.5}]}";

  private static final String PUF_HEADER = "ACO_ID,ACO_Name,Current_Start_Date,Current_Track,N_AB,N_AB_Year_PY,"
      + "Sav_rate,MinSavPerc,GenSaveLoss,EarnSaveLoss,QualScore,ABtotBnchmk,ABtotExp,FinalShareRate,Met_QPS,DisAdj";

  private static String pufRow(String id, String name) {
    return id + "," + name + ",07/01/2019,B,7207,6999,7.43%,3.36%,7354963,2883146,73.26%,98947417,91592454,40.00%,1,";
  }

  /** One bad input and what is correct for it. */
  private static final class Probe {
    final String name;
    final Supplier<Object> read;
    final Predicate<Object> correct;

    Probe(String name, Supplier<Object> read, Predicate<Object> correct) {
      this.name = name;
      this.read = read;
      this.correct = correct;
    }
  }

  /** A FailureException whose failure names the source and whose message is the library's own. */
  private static Predicate<Object> namedFailure(String source) {
    return outcome -> outcome instanceof FailureException && clear((FailureException) outcome, source);
  }

  private static boolean clear(FailureException e, String source) {
    Failure f = e.failure();
    String all = f.toString();
    return !f.message().isBlank() && (source == null || all.contains(source))
        && !all.matches("(?s).*(Exception|com\\.fasterxml|org\\.apache|java\\.|\\(through reference chain|"
            + "Source: \\(|REDACTED).*");
  }

  /** A PUF read that kept exactly the good rows and reported the bad rows, all naming the file. */
  @SuppressWarnings("unchecked")
  private static Predicate<Object> pufRows(List<String> good, List<Integer> badRows, String source) {
    return outcome -> {
      if (!(outcome instanceof ValueWithFailures)) {
        return false;
      }
      ValueWithFailures<PufRecord> read = (ValueWithFailures<PufRecord>) outcome;
      List<String> ids = read.values().stream().map(PufRecord::acoId).collect(Collectors.toList());
      List<Integer> rows = read.failures().stream().map(f -> f.row().orElse(-1)).distinct().sorted()
          .collect(Collectors.toList());
      boolean finite = read.values().stream().allMatch(ReaderProbesTest::finite);
      boolean named = read.failures().stream().allMatch(f -> f.source().map(source::equals).orElse(false)
          && clear(new FailureException(f), null));
      return ids.equals(good) && rows.equals(badRows) && finite && named;
    };
  }

  private static boolean finite(PufRecord r) {
    return Arrays.asList(r.totalBenchmarkExpenditures(), r.totalExpenditures(), r.generatedSavingsLosses(),
        r.earnedSavingsLosses(), r.savingsRate(), r.minimumSavingsRate(), r.finalSharingRate(), r.qualityScore(),
        r.personYears()).stream().allMatch(v -> v.isEmpty() || Double.isFinite(v.getAsDouble()));
  }

  private static Predicate<Object> reportWith(Predicate<SettlementReport> check) {
    return outcome -> outcome instanceof SettlementReport && check.test((SettlementReport) outcome)
        && ((SettlementReport) outcome).tables().values().stream().flatMap(t -> t.cells().stream())
            .map(ReportCell::value).allMatch(v -> v.isEmpty() || Double.isFinite(v.getAsDouble()));
  }

  @Test
  void everyBadInputIsANamedErrorOrReadCorrectly(@TempDir Path dir) throws IOException {
    List<Probe> probes = new ArrayList<>();
    contractProbes(dir, probes);
    pufProbes(dir, probes);
    reportProbes(dir, probes);
    workbookProbes(dir, probes);

    int correct = 0;
    StringBuilder table = new StringBuilder();
    for (Probe probe : probes) {
      Object outcome;
      try {
        outcome = probe.read.get();
      } catch (RuntimeException e) {
        outcome = e;
      }
      boolean ok = probe.correct.test(outcome);
      correct += ok ? 1 : 0;
      table.append(ok ? "  ok   " : "  BAD  ").append(probe.name).append(" -> ").append(describe(outcome)).append('\n');
    }
    System.out.println("reader probes: " + correct + " of " + probes.size() + " correct\n" + table);
    assertThat(correct).as("reader probes correct\n" + table).isEqualTo(probes.size());
  }

  private static String describe(Object outcome) {
    if (outcome instanceof FailureException) {
      return "FailureException " + ((FailureException) outcome).failure();
    }
    if (outcome instanceof Throwable) {
      return outcome.getClass().getSimpleName() + ": " + ((Throwable) outcome).getMessage();
    }
    if (outcome instanceof ValueWithFailures) {
      ValueWithFailures<?> read = (ValueWithFailures<?>) outcome;
      return read.values().size() + " values, failures " + read.failures();
    }
    return String.valueOf(outcome);
  }

  // ---------------------------------------------------------------------------------------------

  private static void contractProbes(Path dir, List<Probe> probes) throws IOException {
    probes.add(new Probe("contract JSON empty", () -> ContractJson.read(""), namedFailure("$")));
    probes.add(new Probe("contract JSON blank", () -> ContractJson.read(" \n "), namedFailure("$")));
    probes.add(new Probe("contract JSON null", () -> ContractJson.read("null"), namedFailure("$")));
    probes.add(new Probe("contract JSON array", () -> ContractJson.read("[]"), namedFailure("$")));
    probes.add(new Probe("contract JSON truncated",
        () -> ContractJson.read("{\"name\":\"x\",\"savingsBands\":[{\"lower\":0,"), namedFailure("line 1")));
    probes.add(new Probe("contract JSON duplicate key",
        () -> ContractJson.read("{\"name\":\"a\",\"name\":\"b\",\"savingsBands\":[{\"lower\":0,\"rate\":0.5}]}"),
        namedFailure("$.name")));
    probes.add(new Probe("contract JSON duplicate nested key",
        () -> ContractJson.read("{\"name\":\"a\",\"savingsBands\":[{\"lower\":0,\"rate\":0.5,\"rate\":0.6}]}"),
        namedFailure("$.savingsBands[0].rate")));
    probes.add(new Probe("contract JSON 1e400",
        () -> ContractJson.read("{\"name\":\"x\",\"savingsBands\":[{\"lower\":0,\"rate\":1e400}]}"),
        namedFailure("$.savingsBands[0].rate")));
    probes.add(new Probe("contract JSON huge integer", () -> ContractJson.read(
        "{\"name\":\"x\",\"benchmarkDiscount\":1" + "0".repeat(400) + ",\"savingsBands\":[{\"lower\":0,\"rate\":0.5}]}"),
        namedFailure("$.benchmarkDiscount")));
    probes.add(new Probe("contract JSON text for number",
        () -> ContractJson.read("{\"name\":\"x\",\"savingsBands\":[{\"lower\":0,\"rate\":\"abc\"}]}"),
        namedFailure("$.savingsBands[0].rate")));
    probes.add(new Probe("contract JSON unknown property",
        () -> ContractJson.read("{\"name\":\"x\",\"savingsBand\":[]}"), namedFailure("$.savingsBand")));
    probes.add(new Probe("contract JSON trailing tokens", () -> ContractJson.read(VALID_TERMS + " {"),
        namedFailure("$")));
    probes.add(new Probe("contract JSON NaN token",
        () -> ContractJson.read("{\"name\":\"x\",\"savingsBands\":[{\"lower\":0,\"rate\":NaN}]}"), namedFailure("$")));
    probes.add(new Probe("contract JSON deep nesting", () -> ContractJson.read("[".repeat(5000)), namedFailure("$")));
    probes.add(new Probe("performance inputs null", () -> ContractJson.readInputs("null"), namedFailure("$")));
    probes.add(new Probe("performance inputs duplicate key",
        () -> ContractJson.readInputs("{\"benchmark\":1,\"benchmark\":2,\"expenditure\":1}"),
        namedFailure("$.benchmark")));
    probes.add(new Probe("performance inputs 1e400",
        () -> ContractJson.readInputs("{\"benchmark\":1e400,\"expenditure\":1}"), namedFailure("$.benchmark")));

    Path bom = Files.write(dir.resolve("bom.json"), ("\uFEFF" + VALID_TERMS).getBytes(StandardCharsets.UTF_8));
    probes.add(new Probe("contract file with BOM", () -> ContractJson.read(bom),
        outcome -> outcome instanceof org.acokit.contract.ContractTerms));
    byte[] latin1 = "{\"name\":\"caf\u00e9\",\"savingsBands\":[{\"lower\":0,\"rate\":0.5}]}"
        .getBytes(StandardCharsets.ISO_8859_1);
    Path badByte = Files.write(dir.resolve("latin1.json"), latin1);
    probes.add(new Probe("contract file with a bad byte", () -> ContractJson.read(badByte),
        namedFailure("latin1.json")));
    Path empty = Files.write(dir.resolve("empty.json"), new byte[0]);
    probes.add(new Probe("contract file empty", () -> ContractJson.read(empty), namedFailure("empty.json")));
    Path dup = Files.writeString(dir.resolve("dup.json"), "{\"name\":\"a\",\n\"name\":\"b\"}");
    probes.add(new Probe("contract file duplicate key", () -> ContractJson.read(dup), namedFailure("dup.json")));
    probes.add(new Probe("contract file missing", () -> ContractJson.read(dir.resolve("none.json")),
        namedFailure("none.json")));
  }

  private static Path write(Path dir, String name, byte[] bytes) {
    try {
      Files.createDirectories(dir);
      return Files.write(dir.resolve(name), bytes);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] utf8(String... lines) {
    return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  @SuppressWarnings("unchecked")
  private static void pufProbes(Path root, List<Probe> probes) throws IOException {
    List<String> good = List.of("A0001", "A0003");
    List<Integer> second = List.of(2);
    Path d = root.resolve("puf");

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(utf8(PUF_HEADER, pufRow("A0001", "One")));
    bytes.write(pufRow("A0002", "Caf\u00e9 ACO").getBytes(StandardCharsets.ISO_8859_1));
    bytes.write(utf8("", pufRow("A0003", "Three")));
    Path badByte = write(d.resolve("1"), "py2022.csv", bytes.toByteArray());
    probes.add(new Probe("PUF bad byte in row 2", () -> PufReader.read(badByte), pufRows(good, second, "py2022.csv")));

    Path unclosed = write(d.resolve("2"), "py2022.csv",
        utf8(PUF_HEADER, pufRow("A0001", "One"), pufRow("A0002", "\"Two, Inc"), pufRow("A0003", "Three")));
    probes.add(new Probe("PUF unclosed quote in row 2", () -> PufReader.read(unclosed),
        pufRows(good, second, "py2022.csv")));

    Path stray = write(d.resolve("3"), "py2022.csv",
        utf8(PUF_HEADER, pufRow("A0001", "One"), pufRow("A0002", "\"Two\"x"), pufRow("A0003", "Three")));
    probes.add(new Probe("PUF text after a closing quote in row 2", () -> PufReader.read(stray),
        pufRows(good, second, "py2022.csv")));

    Path bom = write(d.resolve("4"), "py2022.csv", ("\uFEFF" + PUF_HEADER + "\r\n" + pufRow("A0001", "One") + "\r\n"
        + pufRow("A0003", "Three") + "\r\n").getBytes(StandardCharsets.UTF_8));
    probes.add(new Probe("PUF BOM and CRLF", () -> PufReader.read(bom), pufRows(good, List.of(), "py2022.csv")));

    Path empty = write(d.resolve("5"), "py2022.csv", new byte[0]);
    probes.add(new Probe("PUF empty file", () -> PufReader.read(empty), namedFailure("py2022.csv")));

    Path headerOnly = write(d.resolve("6"), "py2022.csv", utf8(PUF_HEADER));
    probes.add(new Probe("PUF header only", () -> PufReader.read(headerOnly),
        pufRows(List.of(), List.of(), "py2022.csv")));

    Path infinite = write(d.resolve("7"), "py2022.csv", utf8(PUF_HEADER, pufRow("A0001", "One"),
        pufRow("A0002", "Two").replace("98947417", "1e400"), pufRow("A0003", "Three")));
    probes.add(new Probe("PUF 1e400 benchmark in row 2", () -> PufReader.read(infinite),
        pufRows(good, second, "py2022.csv")));

    Path huge = write(d.resolve("8"), "py2022.csv", utf8(PUF_HEADER, pufRow("A0001", "One"),
        pufRow("A0002", "Two").replace("7354963", "9".repeat(400)), pufRow("A0003", "Three")));
    probes.add(new Probe("PUF 400-digit amount in row 2", () -> PufReader.read(huge),
        pufRows(good, second, "py2022.csv")));

    Path hugeCount = write(d.resolve("9"), "py2022.csv", utf8(PUF_HEADER, pufRow("A0001", "One"),
        pufRow("A0002", "Two").replace("7207", "99999999999"), pufRow("A0003", "Three")));
    probes.add(new Probe("PUF count beyond int in row 2", () -> PufReader.read(hugeCount),
        pufRows(good, second, "py2022.csv")));

    String multiHeader = PUF_HEADER + ",performance_year";
    Path fractionalYear = write(d.resolve("10"), "all-years.csv", utf8(multiHeader, pufRow("A0001", "One") + ",2022",
        pufRow("A0002", "Two") + ",2022.5", pufRow("A0003", "Three") + ",2022"));
    probes.add(new Probe("PUF year 2022.5 in row 2", () -> PufReader.readMultiYear(fractionalYear),
        pufRows(good, second, "all-years.csv")));
    Path textYear = write(d.resolve("11"), "all-years.csv", utf8(multiHeader, pufRow("A0001", "One") + ",2022",
        pufRow("A0002", "Two") + ",abc", pufRow("A0003", "Three") + ",2022"));
    probes.add(new Probe("PUF year abc in row 2", () -> PufReader.readMultiYear(textYear),
        pufRows(good, second, "all-years.csv")));

    Path duplicate = write(d.resolve("12"), "py2022.csv",
        utf8(PUF_HEADER, pufRow("A0001", "One"), pufRow("A0002", "Two"), pufRow("A0003", "Three"),
            pufRow("A0002", "Two again")));
    probes.add(new Probe("PUF ACO id twice in a year", () -> PufReader.read(duplicate), outcome ->
        pufRows(good, List.of(2, 4), "py2022.csv").test(outcome)
            && ((ValueWithFailures<?>) outcome).failures().stream().allMatch(f -> f.message().contains("row 2")
                && f.message().contains("row 4"))));

    String fractionHeader = "ACO_ID,ACO_Name,Current_Track,Sav_rate";
    Path oddRow = write(d.resolve("13"), "py2024.csv", utf8(fractionHeader, "A0001,One,B,0.05", "A0002,Two,B,50",
        "A0003,Three,B,0.03", "A0004,Four,B,-0.01"));
    probes.add(new Probe("PUF one percent-looking row in a fraction column", () -> PufReader.read(oddRow),
        outcome -> pufRows(List.of("A0001", "A0003", "A0004"), second, "py2024.csv").test(outcome)
            && ((ValueWithFailures<PufRecord>) outcome).values().get(0).savingsRate().getAsDouble() == 0.05
            && ((ValueWithFailures<?>) outcome).failures().get(0).code() == FailureCode.RATE_OUT_OF_RANGE));
    Path outOfRange = write(d.resolve("14"), "py2024.csv", utf8(fractionHeader, "A0001,One,B,5.2%", "A0002,Two,B,5000%",
        "A0003,Three,B,3.1%"));
    probes.add(new Probe("PUF 5000% savings rate in row 2", () -> PufReader.read(outOfRange),
        outcome -> pufRows(good, second, "py2024.csv").test(outcome)
            && ((ValueWithFailures<?>) outcome).failures().get(0).code() == FailureCode.RATE_OUT_OF_RANGE));

    byte[] full = utf8(PUF_HEADER, pufRow("A0001", "One"), pufRow("A0003", "Three"), pufRow("A0004", "Four"));
    Path truncated = write(d.resolve("15"), "py2022.csv", Arrays.copyOf(full, full.length - 40));
    probes.add(new Probe("PUF truncated in the last row", () -> PufReader.read(truncated),
        pufRows(good, List.of(3), "py2022.csv")));

    Path notCsv = write(d.resolve("16"), "py2022.csv", zip("xl/workbook.xml", "<workbook/>"));
    probes.add(new Probe("PUF that is a zip", () -> PufReader.read(notCsv), namedFailure("py2022.csv")));
    Path noColumns = write(d.resolve("17"), "py2022.csv", utf8("a,b,c", "1,2,3"));
    probes.add(new Probe("PUF with no known column", () -> PufReader.read(noColumns), namedFailure("py2022.csv")));
    probes.add(new Probe("PUF missing file", () -> PufReader.read(d.resolve("none").resolve("py2022.csv")),
        namedFailure("py2022.csv")));
    probes.add(new Probe("PUF name without a year", () -> PufReader.read(write(d.resolve("18"), "results.csv",
        utf8(PUF_HEADER))), namedFailure("results.csv")));
  }

  private static byte[] zip(String entry, String content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(entry));
      zip.write(content.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  /** A report folder of the CSV export, each table with one row [A] and its values. */
  private static Path report(Path dir, Map<String, String> replace) {
    Map<String, String> files = Map.of(
        "Table_1_Historical_Benchmark.csv", "Table 1 - Historical Benchmark\nLabel,BY1,BY2,BY3\n[A] Expenditures,1,2,3\n",
        "Table_2_Updated_Benchmark.csv", "Table 2 - Updated Benchmark\nLabel,Benchmark\n[A] Benchmark,10147\n",
        "Table_3_Shared_Savings_Losses.csv", "Table 3 - Shared Savings\nLabel,PY\n[A] Savings,5\n[B] Losses,6\n",
        "Table_A3_Trend_Update.csv", "Table A3 - Trend\nLabel,PY\n[A] Trend,1.02\n",
        "Parameters.csv", "ACO Track,BASIC E\nPerformance Year,2022\n");
    files.forEach((name, text) -> write(dir, name, replace.getOrDefault(name, text).getBytes(StandardCharsets.ISO_8859_1)));
    return dir;
  }

  private static void reportProbes(Path root, List<Probe> probes) throws IOException {
    Path d = root.resolve("report");
    Path ok = report(d.resolve("0"), Map.of());
    probes.add(new Probe("report CSV valid", () -> SettlementReportReader.read(ok),
        reportWith(r -> r.tables().get("3").cells().size() == 2 && r.parameters().size() == 2)));
    Path missing = d.resolve("1");
    report(missing, Map.of());
    Files.delete(missing.resolve("Table_A3_Trend_Update.csv"));
    probes.add(new Probe("report CSV sheet missing", () -> SettlementReportReader.read(missing),
        namedFailure("Table_A3_Trend_Update.csv")));
    Path label = report(d.resolve("2"), Map.of("Table_3_Shared_Savings_Losses.csv",
        "Table 3\nLabel,PY\n[A Savings,5\n"));
    probes.add(new Probe("report CSV row label without ]", () -> SettlementReportReader.read(label),
        namedFailure("Table_3_Shared_Savings_Losses.csv")));
    Path infinite = report(d.resolve("3"), Map.of("Table_3_Shared_Savings_Losses.csv",
        "Table 3\nLabel,PY\n[A] Savings,1e400\n"));
    probes.add(new Probe("report CSV 1e400", () -> SettlementReportReader.read(infinite),
        namedFailure("Table_3_Shared_Savings_Losses.csv")));
    Path nan = report(d.resolve("4"), Map.of("Table_3_Shared_Savings_Losses.csv",
        "Table 3\nLabel,PY\n[A] Savings,NaN\n[B] Losses,Infinity\n"));
    probes.add(new Probe("report CSV NaN and Infinity texts", () -> SettlementReportReader.read(nan),
        outcome -> reportWith(r -> true).test(outcome) || namedFailure("Table_3_Shared_Savings_Losses.csv").test(outcome)));
    Path hex = report(d.resolve("5"), Map.of("Table_3_Shared_Savings_Losses.csv",
        "Table 3\nLabel,PY\n[A] Savings,0x1p3\n[B] Losses,5d\n"));
    probes.add(new Probe("report CSV Java-only number forms 0x1p3, 5d", () -> SettlementReportReader.read(hex),
        outcome -> reportWith(r -> r.tables().get("3").cells().stream().noneMatch(c -> c.value().isPresent()))
            .test(outcome) || namedFailure("Table_3_Shared_Savings_Losses.csv").test(outcome)));
    Path unclosed = report(d.resolve("6"), Map.of("Table_3_Shared_Savings_Losses.csv",
        "Table 3\nLabel,PY\n[A] Savings,\"5\n[B] Losses,6\n"));
    probes.add(new Probe("report CSV unclosed quote", () -> SettlementReportReader.read(unclosed),
        namedFailure("Table_3_Shared_Savings_Losses.csv")));
    Path badByte = report(d.resolve("7"), Map.of("Parameters.csv", "ACO Track,BASIC E\nACO Name,Caf\u00e9\n"));
    probes.add(new Probe("report CSV bad byte", () -> SettlementReportReader.read(badByte),
        namedFailure("Parameters.csv")));
    Path empty = report(d.resolve("8"), Map.of("Table_2_Updated_Benchmark.csv", ""));
    probes.add(new Probe("report CSV empty sheet", () -> SettlementReportReader.read(empty),
        namedFailure("Table_2_Updated_Benchmark.csv")));
    Path bom = report(d.resolve("9"), Map.of());
    Files.write(bom.resolve("Table_1_Historical_Benchmark.csv"),
        "\uFEFFTable 1 - Historical Benchmark\nLabel,BY1,BY2,BY3\n[A] Expenditures,1,2,3\n".getBytes(StandardCharsets.UTF_8));
    probes.add(new Probe("report CSV BOM", () -> SettlementReportReader.read(bom),
        reportWith(r -> r.tables().get("1").title().equals("Table 1 - Historical Benchmark"))));
    probes.add(new Probe("report CSV folder missing", () -> SettlementReportReader.read(d.resolve("none")),
        namedFailure("none")));
  }

  private static void workbookProbes(Path root, List<Probe> probes) throws IOException {
    Path d = Files.createDirectories(root.resolve("workbook"));
    Path text = Files.writeString(d.resolve("text.xlsx"), "Table 1,BY1\n");
    probes.add(new Probe("workbook that is not a zip", () -> SettlementReportReader.readWorkbook(text),
        namedFailure("text.xlsx")));
    Path empty = Files.write(d.resolve("empty.xlsx"), new byte[0]);
    probes.add(new Probe("workbook empty file", () -> SettlementReportReader.readWorkbook(empty),
        namedFailure("empty.xlsx")));
    Path otherZip = Files.write(d.resolve("other.xlsx"), zip("readme.txt", "hello"));
    probes.add(new Probe("workbook a zip that is not a workbook", () -> SettlementReportReader.readWorkbook(otherZip),
        namedFailure("other.xlsx")));
    ByteArrayOutputStream full = new ByteArrayOutputStream();
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      book.createSheet("Table 1 - x").createRow(0).createCell(0).setCellValue("Table 1");
      book.write(full);
    }
    byte[] bytes = full.toByteArray();
    Path cut = Files.write(d.resolve("cut.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
    probes.add(new Probe("workbook truncated", () -> SettlementReportReader.readWorkbook(cut),
        namedFailure("cut.xlsx")));
    Path noSheets = d.resolve("sheets.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(noSheets)) {
      book.createSheet("Cover").createRow(0).createCell(0).setCellValue("Financial reconciliation");
      book.write(out);
    }
    probes.add(new Probe("workbook sheet missing", () -> SettlementReportReader.readWorkbook(noSheets),
        namedFailure("sheets.xlsx")));
    Path badLabel = d.resolve("label.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(badLabel)) {
      for (String name : List.of("Table 1 - a", "Table 2 - b", "Table 3 - c", "Table A3 - d")) {
        org.apache.poi.ss.usermodel.Sheet sheet = book.createSheet(name);
        sheet.createRow(0).createCell(0).setCellValue(name);
        sheet.createRow(1).createCell(1).setCellValue("PY");
        sheet.createRow(2).createCell(0).setCellValue("[A Savings");
        sheet.getRow(2).createCell(1).setCellValue("1e400");
      }
      book.createSheet("Parameters").createRow(0).createCell(0).setCellValue("ACO Track");
      book.write(out);
    }
    probes.add(new Probe("workbook row label without ]", () -> SettlementReportReader.readWorkbook(badLabel),
        namedFailure("label.xlsx")));
    probes.add(new Probe("workbook missing file", () -> SettlementReportReader.readWorkbook(d.resolve("none.xlsx")),
        namedFailure("none.xlsx")));
  }
}
