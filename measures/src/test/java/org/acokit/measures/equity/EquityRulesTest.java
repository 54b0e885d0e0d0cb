/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.equity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.acokit.io.Failure;
import org.acokit.io.FailureCode;
import org.acokit.io.FailureException;
import org.acokit.io.ValueWithFailures;
import org.acokit.measures.evaluation.PerformanceCounts;
import org.acokit.quality.Direction;
import org.junit.jupiter.api.Test;

/**
 * The rules of the stratified rates and their comparisons: which group is the reference (largest,
 * best for the measure's direction, named), the figures of a comparison on the adverse framing,
 * AHRQ's meaningful-disparity rule at its 10% edge, a reference rate of 0; the data handed to the
 * summary measures; the report's CSV; and every failure of the inequality file reader naming the
 * row, column and value.
 */
class EquityRulesTest {

  private static final CellSuppression NONE = new CellSuppression(0);

  private static StratifiedRates rates(Direction direction, Object... nameNumDen) {
    Map<String, PerformanceCounts> counts = new LinkedHashMap<>();
    for (int i = 0; i < nameNumDen.length; i += 3) {
      counts.put((String) nameNumDen[i], new PerformanceCounts((Integer) nameNumDen[i + 1],
          (Integer) nameNumDen[i + 2]));
    }
    return StratifiedRates.ofCounts("CMS125", "race", direction, counts, NONE);
  }

  private static StratifiedRates fourGroups(Direction direction) {
    return rates(direction, "A", 300, 400, "B", 200, 300, "C", 45, 50, "Empty", 0, 0);
  }

  @Test
  void theReferenceIsTheLargestTheBestForTheDirectionOrTheNamedGroup() {
    List<Disparity> largest = fourGroups(Direction.HIGHER_IS_BETTER).disparities(Reference.LARGEST);
    assertThat(largest).extracting(Disparity::stratum).containsExactly("B", "C");
    assertThat(largest).extracting(Disparity::reference).containsOnly("A");
    assertThat(fourGroups(Direction.HIGHER_IS_BETTER).disparities(Reference.BEST)).extracting(Disparity::reference)
        .containsOnly("C");
    assertThat(fourGroups(Direction.LOWER_IS_BETTER).disparities(Reference.BEST)).extracting(Disparity::reference)
        .containsOnly("B");
    assertThat(fourGroups(Direction.HIGHER_IS_BETTER).disparities(Reference.named("B")))
        .extracting(Disparity::stratum).containsExactly("A", "C");
    // two groups of the same size: the first in report order stays the reference
    assertThat(rates(Direction.HIGHER_IS_BETTER, "A", 10, 100, "B", 20, 100).disparities(Reference.LARGEST))
        .extracting(Disparity::reference).containsOnly("A");
    assertThat(rates(Direction.HIGHER_IS_BETTER, "A", 20, 100, "B", 20, 50).disparities(Reference.BEST))
        .extracting(Disparity::reference).containsOnly("B");
    assertThat(Reference.LARGEST).hasToString("largest group");
    assertThat(Reference.BEST).hasToString("best group");
    assertThat(Reference.named("B")).hasToString("B");
  }

  @Test
  void aReferenceMustBePublished() {
    Failure empty = catchThrowableOfType(FailureException.class,
        () -> fourGroups(Direction.HIGHER_IS_BETTER).disparities(Reference.named("Empty"))).failure();
    assertThat(empty.code()).isEqualTo(FailureCode.INVALID_VALUE);
    assertThat(empty.path()).isEqualTo("measure[CMS125].stratifier[race].reference");
    assertThat(empty.value()).hasValue("Empty");
    assertThat(empty.message()).contains("reference group Empty is empty");
    Map<String, PerformanceCounts> withSmall = new LinkedHashMap<>();
    withSmall.put("A", new PerformanceCounts(300, 400));
    withSmall.put("B", new PerformanceCounts(200, 300));
    withSmall.put("Few", new PerformanceCounts(3, 8));
    StratifiedRates suppressed = StratifiedRates.ofCounts("CMS125", "race", Direction.HIGHER_IS_BETTER, withSmall,
        CellSuppression.CMS);
    assertThat(catchThrowableOfType(FailureException.class, () -> suppressed.disparities(Reference.named("Few")))
        .failure().message()).contains("reference group Few is suppressed");
    StratifiedRates nothing = rates(Direction.HIGHER_IS_BETTER, "Empty", 0, 0, "Other", 0, 0);
    Failure none = catchThrowableOfType(FailureException.class, () -> nothing.disparities(Reference.LARGEST)).failure();
    assertThat(none.code()).isEqualTo(FailureCode.MISSING_INPUT);
    assertThat(none.message()).contains("CMS125", "race", "no published stratum");
    Failure missing = catchThrowableOfType(FailureException.class, () -> nothing.rate("Klingon")).failure();
    assertThat(missing.message()).contains("no stratum 'Klingon'", "[Empty, Other]");
    Failure noStrata = catchThrowableOfType(FailureException.class, () -> StratifiedRates.ofCounts("CMS125", "race",
        Direction.HIGHER_IS_BETTER, Map.of(), NONE)).failure();
    assertThat(noStrata.code()).isEqualTo(FailureCode.MISSING_INPUT);
    assertThat(noStrata.path()).isEqualTo("measure[CMS125].stratifier[race]");
  }

  @Test
  void aComparisonIsOnTheAdverseFraming() {
    StratifiedRates r = fourGroups(Direction.HIGHER_IS_BETTER);
    assertThat(r.total().numerator()).isEqualTo(545);
    assertThat(r.total().denominator()).isEqualTo(750);
    Disparity b = r.disparities(Reference.LARGEST).get(0);
    assertThat(b.rate()).isCloseTo(200.0 / 3, within(1e-9));
    assertThat(b.referenceRate()).isCloseTo(75, within(1e-9));
    assertThat(b.difference()).isCloseTo(200.0 / 3 - 75, within(1e-9));
    assertThat(b.differenceLower()).isLessThan(b.difference());
    assertThat(b.differenceUpper()).isGreaterThan(b.difference()).isLessThan(0);
    assertThat(b.ratio().getAsDouble()).isCloseTo(8.0 / 9, within(1e-12));
    assertThat(b.ratioLower().getAsDouble()).isLessThan(8.0 / 9);
    assertThat(b.ratioUpper().getAsDouble()).isGreaterThan(8.0 / 9).isLessThan(1);
    // higher is better: adverse rates 1/3 and 1/4, relative difference (1/3 - 1/4) / (1/4) = 1/3
    assertThat(b.relativeDifference().getAsDouble()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(b.worse()).isTrue();
    assertThat(b.pValue()).isBetween(0.0, 0.05);
    assertThat(b.meaningful()).isTrue();
    Disparity c = r.disparities(Reference.LARGEST).get(1);
    assertThat(c.relativeDifference().getAsDouble()).isCloseTo((0.1 - 0.25) / 0.25, within(1e-12));
    assertThat(c.worse()).isFalse();
    // lower is better: adverse rates are the rates themselves
    Disparity lower = fourGroups(Direction.LOWER_IS_BETTER).disparities(Reference.LARGEST).get(0);
    assertThat(lower.relativeDifference().getAsDouble()).isCloseTo((2.0 / 3 - 0.75) / 0.75, within(1e-12));
    assertThat(lower.worse()).isFalse();
    // the same rates: no difference, not worse, not meaningful
    Disparity same = rates(Direction.HIGHER_IS_BETTER, "A", 50, 100, "B", 50, 100).disparities(Reference.named("A"))
        .get(0);
    assertThat(same.difference()).isZero();
    assertThat(same.worse()).isFalse();
    assertThat(same.meaningful()).isFalse();
  }

  @Test
  void aRelativeDifferenceOfExactlyTenPercentIsMeaningful() {
    // lower is better: 1,100 / 1,600 = 0.6875 against 1,000 / 1,600 = 0.625: (0.6875 - 0.625) / 0.625 = 0.1
    Disparity d = rates(Direction.LOWER_IS_BETTER, "Ref", 1000, 1600, "G", 1100, 1600)
        .disparities(Reference.named("Ref")).get(0);
    assertThat(d.relativeDifference()).hasValue(0.1);
    assertThat(d.pValue()).isLessThan(0.05);
    assertThat(d.meaningful()).isTrue();
    // a significant difference below 10%: not meaningful
    Disparity small = rates(Direction.LOWER_IS_BETTER, "Ref", 10000, 16000, "G", 10900, 16000)
        .disparities(Reference.named("Ref")).get(0);
    assertThat(small.relativeDifference().getAsDouble()).isLessThan(0.1);
    assertThat(small.pValue()).isLessThan(0.05);
    assertThat(small.meaningful()).isFalse();
    // 10% or more but not significant: not meaningful
    Disparity noisy = rates(Direction.LOWER_IS_BETTER, "Ref", 10, 16, "G", 12, 16)
        .disparities(Reference.named("Ref")).get(0);
    assertThat(noisy.relativeDifference().getAsDouble()).isGreaterThan(0.1);
    assertThat(noisy.pValue()).isGreaterThan(0.05);
    assertThat(noisy.meaningful()).isFalse();
  }

  @Test
  void aReferenceRateOfZeroHasNoRatioAndNoRelativeDifferenceOnThatFraming() {
    Disparity d = rates(Direction.LOWER_IS_BETTER, "Ref", 0, 100, "G", 10, 100).disparities(Reference.named("Ref"))
        .get(0);
    assertThat(d.ratio()).isEmpty();
    assertThat(d.ratioLower()).isEmpty();
    assertThat(d.ratioUpper()).isEmpty();
    assertThat(d.relativeDifference()).isEmpty();
    assertThat(d.worse()).isTrue();
    // no relative difference: any significant difference of adverse rates is meaningful
    assertThat(d.meaningful()).isTrue();
    Disparity none = rates(Direction.LOWER_IS_BETTER, "Ref", 0, 100, "G", 0, 100).disparities(Reference.named("Ref"))
        .get(0);
    assertThat(none.meaningful()).isFalse();
    assertThat(none.worse()).isFalse();
    // higher is better with a reference rate of 0: the adverse reference rate is 1
    Disparity up = rates(Direction.HIGHER_IS_BETTER, "Ref", 0, 100, "G", 10, 100).disparities(Reference.named("Ref"))
        .get(0);
    assertThat(up.ratio()).isEmpty();
    assertThat(up.relativeDifference().getAsDouble()).isCloseTo(-0.1, within(1e-12));
  }

  @Test
  void thePublishedStrataBecomeTheSummaryMeasuresInput() {
    InequalityData d = fourGroups(Direction.HIGHER_IS_BETTER).toInequalityData("set", null, "B");
    assertThat(d.subgroups()).extracting(Subgroup::name).containsExactly("A", "B", "C");
    Subgroup a = d.subgroup("A");
    assertThat(a.estimate()).isEqualTo(75.0);
    assertThat(a.se()).isCloseTo(100 * Math.sqrt(0.75 * 0.25 / 400), within(1e-12));
    assertThat(a.population()).isEqualTo(400);
    assertThat(a.reference()).isFalse();
    assertThat(d.subgroup("B").reference()).isTrue();
    assertThat(d.scale()).isEqualTo(100);
    assertThat(d.ordered()).isFalse();
    assertThat(d.indicator()).isEqualTo("CMS125");
    assertThat(d.dimension()).isEqualTo("race");
    assertThat(fourGroups(Direction.HIGHER_IS_BETTER).toInequalityData("set", null, null).reference()).isEmpty();
    Failure f = catchThrowableOfType(FailureException.class,
        () -> fourGroups(Direction.HIGHER_IS_BETTER).toInequalityData("set", null, "Empty")).failure();
    assertThat(f.code()).isEqualTo(FailureCode.MISSING_INPUT);
    assertThat(f.path()).isEqualTo("dataset[set].reference");
    assertThat(f.message()).contains("reference subgroup Empty is not a published stratum of race");
  }

  @Test
  void theReportCsvHasARowPerStratumComparisonAndSummaryMeasure() {
    StratifiedRates r = fourGroups(Direction.HIGHER_IS_BETTER);
    Map<String, PerformanceCounts> withSmall = new LinkedHashMap<>();
    withSmall.put("A", new PerformanceCounts(300, 400));
    withSmall.put("B", new PerformanceCounts(200, 300));
    withSmall.put("Few", new PerformanceCounts(3, 8));
    StratifiedRates hidden = StratifiedRates.ofCounts("a,b", "lang", Direction.HIGHER_IS_BETTER, withSmall,
        CellSuppression.CMS);
    EquityReport report = EquityReport.ofRates(List.of(r, hidden), Map.of(), Reference.LARGEST, Simulation.DEFAULT);
    assertThat(report.sections()).hasSize(2);
    assertThat(report.section("CMS125", "race").disparities()).hasSize(2);
    assertThatThrownBy(() -> report.section("CMS125", "sex")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no section for measure CMS125 by sex");
    String[] tables = report.toCsv().split("\n\n");
    assertThat(tables).hasSize(3);
    List<String> rateRows = Arrays.asList(tables[0].split("\n"));
    assertThat(rateRows.get(0)).isEqualTo("measure,stratifier,stratum,numerator,denominator,rate,lower,upper,suppression");
    assertThat(rateRows).contains("CMS125,race,A,300,400,75.0000," + String.format(java.util.Locale.ROOT, "%.4f",
        r.rate("A").lower().getAsDouble()) + "," + String.format(java.util.Locale.ROOT, "%.4f",
            r.rate("A").upper().getAsDouble()) + ",none");
    assertThat(rateRows).contains("CMS125,race,Empty,0,0,,,,none");
    // a suppressed stratum: no counts, no rate; a measure name with a comma is quoted
    assertThat(rateRows).contains("\"a,b\",lang,Few,,,,,,primary");
    List<String> disparityRows = Arrays.asList(tables[1].split("\n"));
    assertThat(disparityRows).hasSize(1 + 2);
    Disparity b = r.disparities(Reference.LARGEST).get(0);
    assertThat(disparityRows.get(1)).startsWith("CMS125,race,B,A,66.6667,75.0000,-8.3333,")
        .contains("," + String.format(java.util.Locale.ROOT, "%.3g", b.pValue()) + ",").endsWith(",0.3333,true,true");
    List<String> summaryRows = Arrays.asList(tables[2].split("\n"));
    assertThat(summaryRows.get(0)).isEqualTo("measure,stratifier,summary,estimate,se,lower,upper,method");
    long raceSummaries = report.section("CMS125", "race").summary().size();
    assertThat(raceSummaries).isPositive();
    assertThat(summaryRows.stream().filter(l -> l.startsWith("CMS125,race,d,"))).singleElement()
        .satisfies(l -> assertThat(l).startsWith("CMS125,race,d,"
            + String.format(java.util.Locale.ROOT, "%.4f", report.section("CMS125", "race").summary().stream()
                .filter(e -> e.measure() == SummaryMeasure.D).findFirst().orElseThrow().estimate())));
    assertThat(summaryRows).hasSize(1 + (int) raceSummaries + report.section("a,b", "lang").summary().size());
  }

  @Test
  void aNamedReferenceAStratifierLacksLeavesItWithoutComparisonsButWithSummaries() {
    EquityReport report = EquityReport.ofRates(List.of(fourGroups(Direction.HIGHER_IS_BETTER)), Map.of(),
        Reference.named("Klingon"), Simulation.DEFAULT);
    assertThat(report.sections().get(0).disparities()).isEmpty();
    assertThat(report.sections().get(0).summary()).isNotEmpty();
    assertThat(report.toString()).contains("1 section").contains("3 of 4 with a rate");
    // one published stratum: no summary measures
    EquityReport one = EquityReport.ofRates(List.of(rates(Direction.HIGHER_IS_BETTER, "A", 1, 2, "B", 0, 0)),
        Map.of(), Reference.LARGEST, Simulation.DEFAULT);
    assertThat(one.sections().get(0).summary()).isEmpty();
    assertThat(one.sections().get(0).disparities()).isEmpty();
    assertThat(one.toString()).contains("1 of 2 with a rate");
  }

  @Test
  void aLongReportPrintsItsFirstEightSections() {
    List<StratifiedRates> many = new java.util.ArrayList<>();
    for (int i = 0; i < 10; i++) {
      many.add(StratifiedRates.ofCounts("http://example.org/Measure/M" + i, "race", Direction.HIGHER_IS_BETTER,
          Map.of("A", new PerformanceCounts(30, 40)), NONE));
    }
    String text = EquityReport.ofRates(many, Map.of(), Reference.LARGEST, Simulation.DEFAULT).toString();
    assertThat(text).startsWith("Equity report: 10 sections\n").contains("M7").doesNotContain("M8")
        .contains("2 more sections: sections()");
  }

  private static final String HEADER = "dataset,indicator,dimension,subgroup,subgroup_order,estimate,se,population,"
      + "favourable_indicator,ordered_dimension,indicator_scale,reference_subgroup\n";

  private static ValueWithFailures<InequalityData> read(String rows) {
    return InequalityCsv.read(new StringReader(HEADER + rows), "in.csv");
  }

  @Test
  void aMissingColumnNamesItAndTheRequiredOnes() {
    Failure f = catchThrowableOfType(FailureException.class, () -> InequalityCsv.read(new StringReader(
        "dataset,indicator\nx,y\n"), "in.csv")).failure();
    assertThat(f.code()).isEqualTo(FailureCode.UNKNOWN_LAYOUT);
    assertThat(f.path()).isEqualTo("dimension");
    assertThat(f.message()).contains("in.csv has no column dimension", "subgroup_order");
  }

  @Test
  void everyBadCellIsARowFailureNamingRowColumnAndValue() {
    ValueWithFailures<InequalityData> r = read(""
        + ",i,d,a,,50,1,10,1,0,100,0\n"
        + "s1,i,d,,,50,1,10,1,0,100,0\n"
        + "s2,i,d,a,0,50,1,10,1,1,100,0\n"
        + "s3,i,d,a,1.5,50,1,10,1,1,100,0\n"
        + "s4,i,d,a,,Infinity,1,10,1,0,100,0\n"
        + "s5,i,d,a,,,1,10,1,0,100,0\n"
        + "s6,i,d,a,,50,1,10,1,0,100,0\n"
        + "s6,i,d,b,,60,1,10,1,0,100,1\n"
        + "s6,i,d,c,,60,1,0,1,0,100,0\n");
    assertThat(r.values()).isEmpty();
    Map<String, Failure> byPath = new LinkedHashMap<>();
    for (Failure f : r.failures()) {
      if (f.code() != FailureCode.MISSING_INPUT) {
        byPath.put(f.row().orElseThrow() + ":" + f.path(), f);
      }
    }
    assertThat(byPath.get("1:dataset").code()).isEqualTo(FailureCode.MISSING_VALUE);
    assertThat(byPath.get("1:dataset").message()).contains("subgroup a: dataset is empty");
    assertThat(byPath.get("2:subgroup").code()).isEqualTo(FailureCode.MISSING_VALUE);
    assertThat(byPath.get("2:subgroup").message()).contains("dataset s1: subgroup is empty");
    assertThat(byPath.get("3:subgroup_order").code()).isEqualTo(FailureCode.INVALID_VALUE);
    assertThat(byPath.get("3:subgroup_order").message()).contains("subgroup_order is 0, must be 1 or more");
    assertThat(byPath.get("4:subgroup_order").code()).isEqualTo(FailureCode.UNPARSEABLE);
    assertThat(byPath.get("4:subgroup_order").value()).hasValue("1.5");
    assertThat(byPath.get("5:estimate").code()).isEqualTo(FailureCode.NOT_FINITE);
    assertThat(byPath.get("5:estimate").message()).contains("estimate is Infinity, must be finite");
    assertThat(byPath.get("6:estimate").code()).isEqualTo(FailureCode.MISSING_VALUE);
    assertThat(byPath.get("6:estimate").message()).contains("dataset s5, subgroup a: estimate is empty");
    // a value the subgroup check refuses is reported on its own row, under its dataset's path
    Failure population = byPath.get("9:dataset[s6].subgroup[c].population");
    assertThat(population.code()).isEqualTo(FailureCode.INVALID_VALUE);
    assertThat(population.value()).hasValue("0.0");
    // every dataset with a failed row is left out, naming how many of its rows failed
    assertThat(r.failures()).filteredOn(f -> f.code() == FailureCode.MISSING_INPUT).extracting(Failure::message)
        .contains("dataset s6 left out: 1 of its 3 rows failed", "dataset s2 left out: 1 of its 1 rows failed");
  }

  @Test
  void aDatasetWhoseRowsContradictEachOtherIsLeftOutOnTheRowThatDiffers() {
    ValueWithFailures<InequalityData> r = read(""
        + "s,i,d,a,,50,1,10,1,0,100,0\n"
        + "s,j,d,b,,60,1,10,1,0,100,0\n"
        + "t,i,d,a,,50,1,10,1,0,100,0\n"
        + "t,i,d,b,,60,1,10,1,0,1000,0\n"
        + "u,i,d,a,,50,1,10,1,0,100,1\n"
        + "u,i,d,b,,60,1,10,1,0,100,1\n"
        + "v,i,d,a,,50,1,10,0,0,100,0\n"
        + "v,i,d,b,,60,1,10,0,0,100,0\n");
    assertThat(r.failures()).hasSize(3);
    Failure indicator = r.failures().get(0);
    assertThat(indicator.code()).isEqualTo(FailureCode.INCONSISTENT);
    assertThat(indicator.row()).hasValue(2);
    assertThat(indicator.path()).isEqualTo("indicator");
    assertThat(indicator.message()).contains("dataset s, subgroup b: indicator is 'j' but 'i' on the dataset's first row");
    Failure scale = r.failures().get(1);
    assertThat(scale.row()).hasValue(4);
    assertThat(scale.path()).isEqualTo("indicator_scale");
    // a dataset-level check (two references) names the row of the subgroup it is about
    Failure twoRefs = r.failures().get(2);
    assertThat(twoRefs.code()).isEqualTo(FailureCode.INCONSISTENT);
    assertThat(twoRefs.row()).hasValue(6);
    assertThat(twoRefs.path()).isEqualTo("dataset[u].subgroup[b].reference_subgroup");
    InequalityData v = r.values().get(0);
    assertThat(v.dataset()).isEqualTo("v");
    assertThat(v.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
    assertThat(v.ordered()).isFalse();
    assertThat(v.scale()).isEqualTo(100);
  }

  @Test
  void anOrderedDatasetReadsItsOrdersAndReference() {
    ValueWithFailures<InequalityData> r = read(""
        + "q,i,d,Q1,1,50,1,10,1,1,1000,1\n"
        + "q,i,d,Q2,2,60,1,10,1,1,1000,0\n");
    assertThat(r.failures()).isEmpty();
    InequalityData q = r.values().get(0);
    assertThat(q.ordered()).isTrue();
    assertThat(q.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
    assertThat(q.scale()).isEqualTo(1000);
    assertThat(q.subgroup("Q2").order()).isEqualTo(2);
    assertThat(q.subgroup("Q1").reference()).isTrue();
    assertThat(q.subgroup("Q2").reference()).isFalse();
  }

  @Test
  void theWrittenEstimatesHaveEveryMeasureThatAppliesAndNaNWhereThereIsNone() {
    InequalityData d = new InequalityData("x,\"y\"", "i", "d", Direction.HIGHER_IS_BETTER, false, 100, List.of(
        new Subgroup("a", 0, 50, 1, 10, false), new Subgroup("b", 0, 60, 1, 10, false)));
    SummaryEstimate est = new SummaryEstimate("x,\"y\"", SummaryMeasure.D, 10.0, OptionalDouble.of(1.5),
        OptionalDouble.empty(), OptionalDouble.of(13.0), IntervalMethod.ANALYTIC);
    StringWriter out = new StringWriter();
    InequalityCsv.write(List.of(d), List.of(est), out);
    List<String> lines = out.toString().lines().toList();
    assertThat(lines.get(0)).isEqualTo("dataset,measure,estimate,se,lowerci,upperci");
    assertThat(lines).contains("\"x,\"\"y\"\"\",d,10.0,1.5,NaN,13.0");
    assertThat(lines).contains("\"x,\"\"y\"\"\",r,NaN,NaN,NaN,NaN");
    long applies = Arrays.stream(SummaryMeasure.values()).filter(m -> m.appliesTo(d)).count();
    assertThat(lines).hasSize(1 + (int) applies);
    assertThat(lines).noneMatch(l -> l.contains(",aci,"));
  }
}
