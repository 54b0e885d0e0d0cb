/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.equity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import org.acokit.io.Failure;
import org.acokit.io.FailureCode;
import org.acokit.io.FailureException;
import org.acokit.io.ValueWithFailures;
import org.acokit.measures.evaluation.PerformanceCounts;
import org.acokit.quality.Direction;
import org.junit.jupiter.api.Test;

/** Every kind of bad input is a Failure naming the dataset, the subgroup, the field and the value. */
class BadInputTest {

  private static final String HEADER = "dataset,indicator,dimension,subgroup,subgroup_order,estimate,se,population,"
      + "setting_average,favourable_indicator,ordered_dimension,indicator_scale,reference_subgroup\n";

  private static Subgroup g(String name, int order, double estimate, double se, double population) {
    return new Subgroup(name, order, estimate, se, population, false);
  }

  private static Failure fail(Runnable r) {
    return catchThrowableOfType(FailureException.class, r::run).failure();
  }

  @Test
  void aSubgroupWithNoPopulation() {
    Failure f = fail(() -> new InequalityData("set", "i", "d", Direction.HIGHER_IS_BETTER, false, 100,
        List.of(g("a", 0, 50, 1, 10), g("b", 0, 60, 1, 0))));
    assertThat(f.code()).isEqualTo(FailureCode.INVALID_VALUE);
    assertThat(f.path()).isEqualTo("dataset[set].subgroup[b].population");
    assertThat(f.value()).hasValue("0.0");
    assertThat(f.message()).contains("dataset set", "subgroup b", "population", "0.0");
  }

  @Test
  void aNegativeStandardError() {
    Failure f = fail(() -> new InequalityData("set", "i", "d", Direction.HIGHER_IS_BETTER, false, 100,
        List.of(g("a", 0, 50, -0.5, 10), g("b", 0, 60, 1, 10))));
    assertThat(f.code()).isEqualTo(FailureCode.INVALID_VALUE);
    assertThat(f.path()).isEqualTo("dataset[set].subgroup[a].se");
    assertThat(f.message()).contains("dataset set", "subgroup a", "se", "-0.5");
  }

  @Test
  void aRateOutsideItsScale() {
    Failure f = fail(() -> new InequalityData("set", "i", "d", Direction.LOWER_IS_BETTER, false, 100,
        List.of(g("a", 0, 50, 1, 10), g("b", 0, 104, 1, 10))));
    assertThat(f.code()).isEqualTo(FailureCode.RATE_OUT_OF_RANGE);
    assertThat(f.path()).isEqualTo("dataset[set].subgroup[b].estimate");
    assertThat(f.message()).contains("dataset set", "subgroup b", "estimate", "104.0", "100");
  }

  @Test
  void aDatasetMixingOrderedAndNonOrderedRows() {
    Failure f = fail(() -> new InequalityData("set", "i", "d", Direction.HIGHER_IS_BETTER, true, 100,
        List.of(g("q1", 1, 50, 1, 10), g("q2", 0, 60, 1, 10))));
    assertThat(f.code()).isEqualTo(FailureCode.INCONSISTENT);
    assertThat(f.path()).isEqualTo("dataset[set].subgroup[q2].subgroup_order");
    assertThat(f.message()).contains("dataset set", "subgroup q2", "mix ordered and non-ordered");
    // in a file: the row whose ordered_dimension differs is named, the other datasets are kept
    String csv = HEADER
        + "set,i,d,q1,1,50,1,10,,1,1,100,0\n"
        + "set,i,d,q2,,60,1,10,,1,0,100,0\n"
        + "good,i,d,a,,50,1,10,,1,0,100,0\n"
        + "good,i,d,b,,60,1,10,,1,0,100,1\n";
    ValueWithFailures<InequalityData> r = InequalityCsv.read(new StringReader(csv), "in.csv");
    assertThat(r.values()).extracting(InequalityData::dataset).containsExactly("good");
    assertThat(r.failures()).hasSize(1);
    Failure row = r.failures().get(0);
    assertThat(row.code()).isEqualTo(FailureCode.INCONSISTENT);
    assertThat(row.row()).hasValue(2);
    assertThat(row.path()).isEqualTo("ordered_dimension");
    assertThat(row.message()).contains("dataset set", "subgroup q2", "ordered_dimension");
  }

  @Test
  void aReferenceGroupThatDoesNotExist() {
    InequalityData d = new InequalityData("set", "i", "d", Direction.HIGHER_IS_BETTER, false, 100,
        List.of(g("a", 0, 50, 1, 10), g("b", 0, 60, 1, 10)));
    Failure f = fail(() -> d.withReference("c"));
    assertThat(f.code()).isEqualTo(FailureCode.MISSING_INPUT);
    assertThat(f.path()).isEqualTo("dataset[set].subgroup[c]");
    assertThat(f.value()).hasValue("c");
    StratifiedRates rates = StratifiedRates.ofCounts("CMS125", "race", Direction.HIGHER_IS_BETTER,
        Map.of("White", new PerformanceCounts(300, 400), "Asian", new PerformanceCounts(30, 50)), CellSuppression.CMS);
    Failure g = fail(() -> rates.disparities(Reference.named("Klingon")));
    assertThat(g.code()).isEqualTo(FailureCode.MISSING_INPUT);
    assertThat(g.value()).hasValue("Klingon");
    assertThat(g.message()).contains("CMS125", "race", "Klingon");
  }

  @Test
  void anUnknownCategoryCodeInAFileIsARowFailureNamingTheColumn() {
    String csv = HEADER
        + "set,i,d,a,,50,1,10,,2,0,100,0\n"
        + "set,i,d,b,,60,x,10,,1,0,100,0\n";
    ValueWithFailures<InequalityData> r = InequalityCsv.read(new StringReader(csv), "in.csv");
    assertThat(r.values()).isEmpty();
    assertThat(r.failures()).extracting(Failure::code).containsExactly(FailureCode.INVALID_VALUE,
        FailureCode.UNPARSEABLE, FailureCode.MISSING_INPUT);
    Failure code = r.failures().get(0);
    assertThat(code.row()).hasValue(1);
    assertThat(code.path()).isEqualTo("favourable_indicator");
    assertThat(code.value()).hasValue("2");
    assertThat(code.message()).contains("dataset set", "subgroup a", "favourable_indicator", "'2'");
    assertThat(r.failures().get(1).message()).contains("subgroup b", "se", "'x'");
  }

  @Test
  void aFileRowWithAByteThatIsNotUtf8FailsOnlyThatRowNamingItsLine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    bytes.writeBytes((HEADER + "set,i,d,Q1,1,75.6,1.5,2072,91,1,1,100,1\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    bytes.writeBytes(new byte[] {'s', 'e', 't', ',', 'i', ',', 'd', ',', (byte) 0xE9, ',', '2'});
    bytes.writeBytes((",70,1.5,2072,91,1,1,100,0\nset,i,d,Q2,2,70,1.5,2072,91,1,1,100,0\n")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    java.nio.file.Path file = java.nio.file.Files.write(dir.resolve("in.csv"), bytes.toByteArray());
    ValueWithFailures<InequalityData> r = InequalityCsv.read(file);
    assertThat(r.values()).singleElement().satisfies(d -> assertThat(d.subgroups()).hasSize(2));
    assertThat(r.failures()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FailureCode.UNPARSEABLE);
      assertThat(f.row()).hasValue(2);
      assertThat(f.message()).contains("in.csv row 2 (line 3): byte 0xE9 at position 9 is not UTF-8");
    });
  }
}
