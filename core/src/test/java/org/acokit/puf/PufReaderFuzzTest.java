/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.puf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.acokit.io.FailureException;
import org.acokit.io.ValueWithFailures;

/**
 * Fuzzes {@link PufReader} with Jazzer. The first byte of an input picks a header (none: the
 * input is the whole file; the 2022 layout; the 2014 layout; the 2013 descriptive headers; a
 * multi-year file with a {@code performance_year} column), the rest is the file's body. The
 * reader must either fail with the library's {@link FailureException} naming the file, or return
 * records whose numbers are finite, whose rates lie within [-1, 1], with no ACO twice in a year,
 * and failures that each name the file and a row. Any other exception is a finding.
 * <p>
 * In the normal build the inputs under {@code PufReaderFuzzTestInputs/readsOrFailsNamed} run as
 * regression tests; {@code JAZZER_FUZZ=1} fuzzes (see the README's contributor section).
 */
class PufReaderFuzzTest {

  private static final List<String> HEADERS = List.of(
      "",
      "ACO_ID,ACO_Name,Current_Start_Date,Current_Track,N_AB,N_AB_Year_PY,Sav_rate,MinSavPerc,GenSaveLoss,"
          + "EarnSaveLoss,QualScore,ABtotBnchmk,ABtotExp,FinalShareRate,Met_QPS,DisAdj\n",
      "ACO_Num,ACO_NAME,Start_Date,Track1,Track2,N_AB,Sav_rate,MinSavPerc,QualScore,FinalShareRate,QualPerfShare,"
          + "EarnSaveLoss,ABtotBnchmk,ABtotExp,N_AB_Year\n",
      "ACO Identifier,ACO Name,Start Date,Track 2 ACO,Advance pay status,Interim payment election,"
          + "Advanced payment amount,Quality Score,Quality Performance Sharing Rate,Final sharing rate,"
          + "Minimum Loss Rate (%),Minimum Savings Rate (%),Total benchmark expenditures ($),Total savings/losses ($),"
          + "Shared Savings ($),Shared Losses ($),Total number of assigned beneficiaries,"
          + "Total assigned beneficiary person years,Total number of ESRD assigned beneficiary person years\n",
      "aco_id,aco_name,current_start_date,current_track_1,current_basic_b,current_enhanced,n_ab,sav_rate,"
          + "minsavperc,qualscore,finalsharerate,maxsharerate,revlosslimit,disadj,performance_year\n");

  private static Path dir;

  private static synchronized Path file(String name) {
    try {
      if (dir == null) {
        dir = Files.createTempDirectory("puf-fuzz");
        dir.toFile().deleteOnExit();
      }
      Path file = dir.resolve(name);
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "5m")
  void readsOrFailsNamed(byte[] data) throws IOException {
    int layout = data.length == 0 ? 0 : (data[0] & 0xFF) % HEADERS.size();
    byte[] header = HEADERS.get(layout).getBytes(StandardCharsets.UTF_8);
    byte[] body = data.length == 0 ? data : Arrays.copyOfRange(data, 1, data.length);
    byte[] bytes = Arrays.copyOf(header, header.length + body.length);
    System.arraycopy(body, 0, bytes, header.length, body.length);
    String name = layout == 4 ? "all-years.csv" : layout == 3 ? "py2013.csv" : "py2022.csv";
    Path file = Files.write(file(name), bytes);
    ValueWithFailures<PufRecord> read;
    try {
      read = layout == 4 ? PufReader.readMultiYear(file) : PufReader.read(file);
    } catch (FailureException e) {
      assertThat(e.failure().source()).hasValue(name);
      assertThat(e.failure().message()).isNotBlank();
      return;
    }
    Set<String> seen = new HashSet<>();
    for (PufRecord r : read.values()) {
      assertThat(seen.add(r.performanceYear() + " " + r.acoId())).as("ACO %s twice", r.acoId()).isTrue();
      for (OptionalDouble v : List.of(r.totalBenchmarkExpenditures(), r.totalExpenditures(),
          r.generatedSavingsLosses(), r.earnedSavingsLosses(), r.updatedBenchmark(), r.historicalBenchmark(),
          r.disasterAdjustment(), r.personYears())) {
        v.ifPresent(x -> assertThat(Double.isFinite(x)).as("finite amount in %s", r).isTrue());
      }
      for (OptionalDouble v : List.of(r.savingsRate(), r.minimumSavingsRate(), r.maximumSharingRate(),
          r.finalSharingRate(), r.finalLossRate(), r.qualityScore())) {
        v.ifPresent(x -> assertThat(x).as("rate in %s", r).isBetween(-1.0, 1.0));
      }
    }
    read.failures().forEach(f -> {
      assertThat(f.source()).hasValue(name);
      assertThat(f.row()).isPresent();
      assertThat(f.message()).isNotBlank();
    });
  }
}
