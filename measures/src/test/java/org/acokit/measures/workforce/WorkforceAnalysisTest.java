/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * The engine on a seeded synthetic system: planted transition probabilities, exit rates, stage
 * pass rates and a planted choke point are recovered within sampling error; tables are
 * consistent.
 */
class WorkforceAnalysisTest {

  static final List<String> GROUPS = List.of("White", "Black", "Asian", "Hispanic", Demographics.DECLINED);
  static final List<String> STAGES = List.of("applied", "screened", "interviewed", "hired");

  static SyntheticWorkforce.Plan plan() {
    return plan(20_000, 8_000);
  }

  /** A smaller system for the tests that check consistency rather than recovery. */
  static SyntheticWorkforce.Plan small() {
    return plan(5_000, 2_000);
  }

  static SyntheticWorkforce.Plan plan(int headcount, int applicants) {
    double[][] exit = new double[5][];
    double[][] promotion = new double[5][];
    double[][] pass = new double[5][];
    for (int g = 0; g < 5; g++) {
      exit[g] = new double[] {0.20, 0.15, 0.12, 0.10};
      promotion[g] = new double[] {0.15, 0.10, 0.05};
      pass[g] = new double[] {0.5, 0.5, 0.6};
    }
    exit[1][0] = 0.28; // Black employees leave level 1 more often
    promotion[2][1] = 0.04; // Asian employees are rarely promoted from level 2: the planted choke point
    pass[3][0] = 0.35; // Hispanic applicants are screened in less often: the planted hiring bias
    return new SyntheticWorkforce.Plan(GROUPS, new double[] {0.55, 0.15, 0.12, 0.13, 0.05},
        new double[] {0.45, 0.2, 0.12, 0.18, 0.05}, 4, exit, promotion, STAGES, pass,
        new double[] {3.9, 3.7, 3.8, 3.8, 3.5}, 3, 4, headcount, applicants, LocalDate.of(2014, 1, 1), 3);
  }

  static WorkforceAnalysis analysis() {
    return WorkforceAnalysis.of(WorkforceConfig.builder().addDimensions("race").stages(STAGES).referenceGroup("White")
        .putAvailability("White", 0.5).putAvailability("Black", 0.18).build());
  }

  @Test
  void recoversPlantedTransitionsExitsAndHiringBiasWithinSamplingError() {
    SyntheticWorkforce.Plan plan = plan();
    HrData data = SyntheticWorkforce.generate(plan, 20140101L);
    List<IntervalReport> reports = analysis().analyze(data);
    assertThat(reports).hasSize(3);
    int checked = 0;
    for (IntervalReport r : reports) {
      TalentFlow flow = r.talentFlow().orElseThrow();
      for (int g = 0; g < GROUPS.size(); g++) {
        TransitionMatrix m = flow.matrices().get(GROUPS.get(g));
        for (int level = 1; level <= 4; level++) {
          long n = m.atStart(level);
          if (n < 50) {
            continue;
          }
          double e = plan.exit()[g][level - 1];
          assertThat(m.exitProbability(level).orElseThrow()).as("%s exit at %d", GROUPS.get(g), level)
              .isCloseTo(e, within(4.5 * Math.sqrt(e * (1 - e) / n)));
          if (level < 4) {
            double p = plan.promotion()[g][level - 1];
            assertThat(m.probability(level, level + 1).orElseThrow()).as("%s promotion at %d", GROUPS.get(g), level)
                .isCloseTo(p, within(4.5 * Math.sqrt(p * (1 - p) / n)));
          }
          checked++;
        }
      }
      // stage pass rates: reached stage s of reached stage s − 1
      for (IntervalReport.StageImpact st : r.pipeline()) {
        int s = STAGES.indexOf(st.stage());
        for (GroupImpact gi : st.impact().groups()) {
          double p = plan.stagePass()[GROUPS.indexOf(gi.group())][s - 1];
          assertThat(gi.selectionRate()).as("%s %s", gi.group(), st.stage())
              .isCloseTo(p, within(4.5 * Math.sqrt(p * (1 - p) / gi.applicants())));
        }
      }
      // the planted hiring bias is flagged at screening
      GroupImpact hispanic = r.pipeline().get(0).impact().groups().stream().filter(x -> x.group().equals("Hispanic"))
          .findFirst().orElseThrow();
      assertThat(hispanic.fourFifthsFlag()).contains(true);
      assertThat(hispanic.impactRatio().getAsDouble()).isCloseTo(0.7, within(0.1));
      // the planted choke point ranks first
      TalentFlow.ChokePoint worst = flow.chokePoints().get(0);
      assertThat(worst.level()).isEqualTo(2);
      assertThat(worst.group()).isEqualTo("Asian");
      assertThat(worst.fisherOneSidedP()).isLessThan(0.001);
    }
    assertThat(checked).isGreaterThan(40);
  }

  @Test
  void representationSharesAddUpAndTablesAgreeWithTheCounts() {
    HrData data = SyntheticWorkforce.generate(small(), 7L);
    IntervalReport r = analysis().analyze(data).get(0);
    for (String kind : List.of("system", "institution", "level")) {
      r.representation().stream().filter(p -> p.kind().equals(kind))
          .collect(java.util.stream.Collectors.groupingBy(IntervalReport.Representation::segment,
              java.util.stream.Collectors.summingDouble(p -> p.shareEnd().orElse(0.0))))
          .forEach((seg, sum) -> assertThat(sum).as("%s %s", kind, seg).isCloseTo(1.0, within(1e-12)));
    }
    IntervalReport.Representation white = r.representation().stream()
        .filter(p -> p.kind().equals("system") && p.group().equals("White")).findFirst().orElseThrow();
    assertThat(white.indexAvailability().orElseThrow()).isCloseTo(white.shareEnd().orElseThrow() / 0.5, within(1e-12));
    assertThat(white.changePoints().orElseThrow())
        .isCloseTo(100 * (white.shareEnd().orElseThrow() - white.shareStart().orElseThrow()), within(1e-12));
    assertThat(r.representation()).filteredOn(p -> p.kind().equals("level") && p.segment().equals("2"))
        .allSatisfy(p -> assertThat(p.indexNextLevelDown()).isPresent());
    Md715Table a1 = r.tables().get(0);
    assertThat(a1.name()).isEqualTo("A1");
    assertThat(a1.rows().get(0).total()).isEqualTo(5_000);
    assertThat(a1.rows().get(0).counts().get(a1.groups().indexOf("White")).orElseThrow()).isEqualTo(white.headcountStart());
    Md715Table a14 = r.tables().stream().filter(t -> t.name().equals("A14")).findFirst().orElseThrow();
    long seps = r.rates().stream().filter(t -> t.institution().equals("all"))
        .mapToLong(t -> t.voluntarySeparations() + t.involuntarySeparations()).sum();
    assertThat(a14.rows().get(0).total() + a14.rows().get(1).total()).isEqualTo(seps);
    // rates: the planted level-1 exit gap makes Black termination rates higher than White
    IntervalReport.Rates black = rate(r, "Black");
    IntervalReport.Rates whiteRates = rate(r, "White");
    assertThat(black.terminationRate().orElseThrow()).isGreaterThan(whiteRates.terminationRate().orElseThrow());
    assertThat(r.promotion()).isPresent();
    assertThat(r.render()).contains("Table A1: Total workforce").contains("choke points against White")
        .contains("level 2  Asian");
  }

  @Test
  void engagementHasIntervalsAndSmallGroupsAreSuppressedWithAComplement() {
    HrData data = SyntheticWorkforce.generate(small(), 11L);
    WorkforceAnalysis strict = WorkforceAnalysis.of(WorkforceConfig.copyOf(analysis().config()).withSuppressionThreshold(149));
    IntervalReport r = strict.analyze(data).get(0);
    List<IntervalReport.Engagement> system = r.engagement().stream().filter(e -> e.institution().equals("all")).toList();
    IntervalReport.Engagement declined = find(system, Demographics.DECLINED);
    assertThat(declined.respondents()).isBetween(1L, 149L);
    assertThat(declined.suppressed()).isTrue();
    assertThat(declined.mean()).isEmpty();
    // one group alone would be derivable from the overall mean: a second group is hidden too
    assertThat(system.stream().filter(IntervalReport.Engagement::suppressed).count()).isGreaterThanOrEqualTo(2);
    // and the A1 table of the default policy shows every cell of this large system
    assertThat(analysis().analyze(data).get(0).tables().get(0).rows().get(0).counts()).allMatch(Optional::isPresent);
    IntervalReport.Engagement black = find(analysis().analyze(data).get(0).engagement(), "Black");
    assertThat(black.mean().orElseThrow()).isBetween(black.lower().orElseThrow(), black.upper().orElseThrow());
    assertThat(black.differenceFromReference().orElseThrow()).isCloseTo(-0.2, within(0.1));
    assertThat(black.differenceUpper().orElseThrow()).isLessThan(0);
  }

  @Test
  void boundariesNeedSnapshotsAndGroupsNeedTheirDimension() {
    HrData data = SyntheticWorkforce.generate(small(), 3L);
    WorkforceAnalysis threeYears = WorkforceAnalysis.of(WorkforceConfig.copyOf(analysis().config()).withIntervalYears(3));
    assertThatThrownBy(() -> threeYears.analyze(data)).hasMessageContaining("there is no snapshot on 2017-01-01");
    WorkforceAnalysis byReligion = WorkforceAnalysis.of(WorkforceConfig.builder().addDimensions("religion").stages(STAGES).build());
    assertThatThrownBy(() -> byReligion.analyze(data)).hasMessageContaining("has no demographic 'religion'");
    assertThat(analysis().group("x", Map.of("race", "Asian", "sex", "female"))).isEqualTo("Asian");
    WorkforceAnalysis both = WorkforceAnalysis.of(WorkforceConfig.builder().addDimensions("race", "sex").stages(STAGES).build());
    assertThat(both.group("x", Map.of("race", "Asian", "sex", "female"))).isEqualTo("Asian × female");
    assertThatThrownBy(() -> WorkforceConfig.builder().addDimensions("race").stages(List.of("applied")).build())
        .hasMessageContaining("at least two distinct pipeline stages");
  }

  @Test
  void perInstitutionAnalysisAndCountsMerge() {
    HrData data = SyntheticWorkforce.generate(small(), 5L);
    WorkforceCounts merged = new WorkforceCounts();
    for (String inst : data.institutions()) {
      merged = merged.merge(analysis().analyze(data.institution(inst)).get(0).counts());
    }
    WorkforceCounts system = analysis().analyze(data).get(0).counts();
    WorkforceCounts.Key key = new WorkforceCounts.Key("headcount_start", "system", "all", "Black");
    assertThat(merged.get(key)).isEqualTo(system.get(key));
    WorkforceCounts.Key hires = new WorkforceCounts.Key("hire", "system", "all", "Hispanic");
    assertThat(merged.get(hires)).isEqualTo(system.get(hires)).isPositive();
  }

  private static IntervalReport.Rates rate(IntervalReport r, String group) {
    return r.rates().stream().filter(t -> t.institution().equals("all") && t.group().equals(group)).findFirst().orElseThrow();
  }

  private static IntervalReport.Engagement find(List<IntervalReport.Engagement> rows, String group) {
    return rows.stream().filter(e -> e.group().equals(group) && e.institution().equals("all")).findFirst()
        .orElseThrow(() -> new AssertionError("no " + group + " in " + rows));
  }

}
