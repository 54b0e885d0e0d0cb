/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.acokit.quality.ReductionFromBaselinePoints;
import org.junit.jupiter.api.Test;

/**
 * The episode and readmission rules of {@link SafetyMethod} at their edges (transfer chaining on
 * the discharge day and the day after, same-day returns to the same facility only, the 30-day
 * window's last day, stays given out of order, a person with an undated stay), and the rate
 * arithmetic of {@link SafetyRate} at its goal.
 */
class SafetyRulesTest {

  private static final SafetyMethod M = SafetyMethod.PFP_HIIN;
  private static final SafetyCounts.Key Y2024 = SafetyCounts.Key.total(2024);

  private static Discharge stay(String id, String person, String facility, String admit, String discharge,
      DischargeStatus status) {
    return Discharge.of(id, person, facility, LocalDate.parse(admit), discharge == null ? null
        : LocalDate.parse(discharge), status, "I50.9", "medicare", false, Map.of());
  }

  private static SafetyCounts count(SafetyMethod method, Discharge... stays) {
    return SafetyEngine.count(method, List.of(stays), List.of(), List.of()).values().get(0);
  }

  @Test
  void aTransferChainsWithAStayAdmittedOnItsDischargeDayOrTheDayAfterOnly() {
    // admitted the day after the transfer: one episode, so one index stay and no readmission
    SafetyCounts nextDay = count(M, stay("a", "p", "F1", "2024-01-01", "2024-01-03", DischargeStatus.TRANSFER_ACUTE),
        stay("b", "p", "F2", "2024-01-04", "2024-01-06", DischargeStatus.HOME));
    assertThat(nextDay.indexStays(Y2024)).isEqualTo(1);
    assertThat(nextDay.readmissions(Y2024)).isZero();
    // two days later: not a transfer; the transfer episode is no index stay, the second stay is
    SafetyCounts twoDays = count(M, stay("a", "p", "F1", "2024-01-01", "2024-01-03", DischargeStatus.TRANSFER_ACUTE),
        stay("b", "p", "F2", "2024-01-05", "2024-01-06", DischargeStatus.HOME),
        stay("c", "p", "F2", "2024-01-20", "2024-01-21", DischargeStatus.HOME));
    assertThat(twoDays.indexStays(Y2024)).isEqualTo(2);
    assertThat(twoDays.readmissions(Y2024)).isEqualTo(1);
    // a home discharge followed by a stay the next day at another facility is a readmission, not a transfer
    SafetyCounts home = count(M, stay("a", "p", "F1", "2024-01-01", "2024-01-03", DischargeStatus.HOME),
        stay("b", "p", "F2", "2024-01-04", "2024-01-06", DischargeStatus.HOME));
    assertThat(home.indexStays(Y2024)).isEqualTo(2);
    assertThat(home.readmissions(Y2024)).isEqualTo(1);
  }

  @Test
  void aSameDayReturnIsCombinedOnlyAtTheSameFacilityAndOnlyWhenTheMethodSaysSo() {
    Discharge first = stay("a", "p", "F1", "2024-03-01", "2024-03-02", DischargeStatus.HOME);
    SafetyCounts same = count(M, first, stay("b", "p", "F1", "2024-03-02", "2024-03-04", DischargeStatus.HOME));
    assertThat(same.indexStays(Y2024)).isEqualTo(1);
    assertThat(same.readmissions(Y2024)).isZero();
    // another facility the same day: a readmission on day 0 of the window
    SafetyCounts other = count(M, first, stay("b", "p", "F2", "2024-03-02", "2024-03-04", DischargeStatus.HOME));
    assertThat(other.indexStays(Y2024)).isEqualTo(2);
    assertThat(other.readmissions(Y2024)).isEqualTo(1);
    // the same facility the next day: a readmission
    SafetyCounts nextDay = count(M, first, stay("b", "p", "F1", "2024-03-03", "2024-03-04", DischargeStatus.HOME));
    assertThat(nextDay.indexStays(Y2024)).isEqualTo(2);
    assertThat(nextDay.readmissions(Y2024)).isEqualTo(1);
    // a method that does not combine: the same-facility return is a readmission too
    SafetyMethod separate = new SafetyMethod("acokit-pfp", "1", HarmTaxonomy.HIIN_2016, 30, "supplied flag", false);
    SafetyCounts apart = count(separate, first, stay("b", "p", "F1", "2024-03-02", "2024-03-04", DischargeStatus.HOME));
    assertThat(apart.indexStays(Y2024)).isEqualTo(2);
    assertThat(apart.readmissions(Y2024)).isEqualTo(1);
  }

  @Test
  void theWindowEndsOnItsLastDay() {
    // discharged 1 April; day 30 is 1 May, day 31 is 2 May
    SafetyCounts day30 = count(M, stay("a", "p", "F1", "2024-03-28", "2024-04-01", DischargeStatus.HOME),
        stay("b", "p", "F1", "2024-05-01", "2024-05-02", DischargeStatus.HOME));
    assertThat(day30.readmissions(Y2024)).isEqualTo(1);
    SafetyCounts day31 = count(M, stay("a", "p", "F1", "2024-03-28", "2024-04-01", DischargeStatus.HOME),
        stay("b", "p", "F1", "2024-05-02", "2024-05-03", DischargeStatus.HOME));
    assertThat(day31.readmissions(Y2024)).isZero();
    assertThat(day31.indexStays(Y2024)).isEqualTo(2);
    // a one-day window: the next day counts, the day after does not
    SafetyMethod oneDay = new SafetyMethod("short", "1", HarmTaxonomy.HIIN_2016, 1, "supplied flag", true);
    assertThat(count(oneDay, stay("a", "p", "F1", "2024-03-28", "2024-04-01", DischargeStatus.HOME),
        stay("b", "p", "F1", "2024-04-02", "2024-04-03", DischargeStatus.HOME)).readmissions(Y2024)).isEqualTo(1);
    assertThat(count(oneDay, stay("a", "p", "F1", "2024-03-28", "2024-04-01", DischargeStatus.HOME),
        stay("b", "p", "F1", "2024-04-03", "2024-04-04", DischargeStatus.HOME)).readmissions(Y2024)).isZero();
    assertThatThrownBy(() -> new SafetyMethod("none", "1", HarmTaxonomy.HIIN_2016, 0, "supplied flag", true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1 day, but was 0");
  }

  @Test
  void staysGivenOutOfOrderAreSortedByAdmission() {
    SafetyCounts c = count(M, stay("late", "p", "F1", "2024-06-10", "2024-06-12", DischargeStatus.HOME),
        stay("early", "p", "F1", "2024-06-01", "2024-06-03", DischargeStatus.HOME));
    assertThat(c.indexStays(Y2024)).isEqualTo(2);
    assertThat(c.readmissions(Y2024)).isEqualTo(1);
    // a stay admitted before the previous one ends, at another facility, is no readmission of it
    SafetyCounts overlap = count(M, stay("long", "p", "F1", "2024-06-01", "2024-06-09", DischargeStatus.HOME),
        stay("short", "p", "F2", "2024-06-01", "2024-06-02", DischargeStatus.HOME));
    assertThat(overlap.indexStays(Y2024)).isEqualTo(2);
    assertThat(overlap.readmissions(Y2024)).isZero();
  }

  @Test
  void aLaterStayOfAPersonWithAnUndatedStayIsNotJudgedAReadmission() {
    List<Discharge> d = new ArrayList<>(List.of(stay("a", "p", "F1", "2024-01-01", "2024-01-02", DischargeStatus.HOME),
        stay("b", "p", "F1", "2024-01-05", null, DischargeStatus.HOME),
        stay("c", "p", "F1", "2024-01-10", "2024-01-12", DischargeStatus.HOME),
        stay("x", "q", "F1", "2024-01-01", "2024-01-02", DischargeStatus.HOME),
        stay("y", "q", "F1", "2024-01-10", "2024-01-12", DischargeStatus.HOME)));
    SafetyCounts c = SafetyEngine.count(M, d, List.of(), List.of()).values().get(0);
    // the dated stays of p still count as discharges; only q's readmission is judged
    assertThat(c.discharges(Y2024)).isEqualTo(4);
    assertThat(c.readmissions(Y2024)).isEqualTo(1);
    assertThat(c.indexStays(Y2024)).isEqualTo(2);
  }

  @Test
  void theFirstCategoryOfTheTaxonomyIsACategoryAndAnUnknownOneIsRefused() {
    Discharge a = stay("a", "p", "F1", "2024-01-01", "2024-01-02", DischargeStatus.HOME);
    SafetyCounts c = SafetyEngine.count(M, List.of(a), List.of(new HacEvent("a", "ADE")), List.of()).values().get(0);
    assertThat(c.hacEvents(Y2024, "ADE")).isEqualTo(1);
    assertThat(c.hacRate(Y2024, "ADE").value()).isEqualTo(1000.0);
    assertThat(c.hacRate(Y2024).value()).isEqualTo(1000.0);
    assertThat(c.method()).isEqualTo(M);
    assertThatThrownBy(() -> c.hacEvents(Y2024, "BEDBUGS")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be one of [ADE, CLABSI").hasMessageContaining("but was BEDBUGS");
  }

  @Test
  void aTaxonomyNeedsDistinctCategories() {
    assertThatThrownBy(() -> new HarmTaxonomy("t", "1", List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("distinct and at least one");
    assertThatThrownBy(() -> new HarmTaxonomy("t", "1", List.of("ADE", "CAUTI", "ADE")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[ADE, CAUTI, ADE]");
    assertThat(new HarmTaxonomy("t", "1", List.of("ADE")).indexOf("ADE")).isZero();
  }

  @Test
  void aPopulationOfNoPeopleHasNoRate() {
    SafetyCounts c = count(M, stay("a", "p", "F1", "2024-01-01", "2024-01-02", DischargeStatus.HOME));
    assertThatThrownBy(() -> c.readmissionsPer1000People(Y2024, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("greater than 0, but was 0");
    assertThat(c.readmissionsPer1000People(Y2024, 1).value()).isZero();
  }

  @Test
  void aRateOfNoEventsIsZeroAndTheGoalIsAttainedAtTheGoalItself() {
    SafetyRate none = new SafetyRate("HACs per 1,000 discharges", Y2024, 0, 10, 1000, M);
    assertThat(none.value()).isZero();
    SafetyRate empty = new SafetyRate("HACs per 1,000 discharges", Y2024, 0, 0, 1000, M);
    assertThatThrownBy(empty::value).isInstanceOf(IllegalStateException.class).hasMessageContaining("no rate");
    assertThatThrownBy(() -> new SafetyRate("HACs per 1,000 discharges", Y2024, -1, 10, 1000, M))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1 / 10");
    assertThatThrownBy(() -> new SafetyRate("HACs per 1,000 discharges", Y2024, 1, -10, 1000, M))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 / -10");
    // 100 per 1,000 at baseline, a 20% target: the goal is 80 per 1,000
    SafetyRate baseline = new SafetyRate("HACs per 1,000 discharges", SafetyCounts.Key.total(2014), 100, 1000, 1000, M);
    assertThat(new SafetyRate("HACs per 1,000 discharges", Y2024, 80, 1000, 1000, M).attainsGoal(baseline, 0.20))
        .isTrue();
    assertThat(new SafetyRate("HACs per 1,000 discharges", Y2024, 81, 1000, 1000, M).attainsGoal(baseline, 0.20))
        .isFalse();
    assertThat(new SafetyRate("HACs per 1,000 discharges", Y2024, 79, 1000, 1000, M).attainsGoal(baseline, 0.20))
        .isTrue();
    // events averted: (100 - 80) per 1,000 of 2,000 discharges is 40 events
    assertThat(new SafetyRate("HACs per 1,000 discharges", Y2024, 160, 2000, 1000, M).eventsAverted(baseline))
        .isCloseTo(40, within(1e-9));
  }

  @Test
  void everyComparisonRefusesAnotherMethodOrMetricNamingBoth() {
    SafetyMethod other = new SafetyMethod("acokit-pfp", "2", HarmTaxonomy.HIIN_2016, 30, "supplied flag", true);
    SafetyRate baseline = new SafetyRate("HACs per 1,000 discharges", SafetyCounts.Key.total(2014), 121, 1000, 1000, M);
    SafetyRate now = new SafetyRate("HACs per 1,000 discharges", Y2024, 96, 1000, 1000, other);
    SafetyRate readmissions = new SafetyRate("readmissions per index discharge", Y2024, 96, 1000, 1, M);
    for (SafetyRate r : List.of(now, readmissions)) {
      assertThatThrownBy(() -> r.attainsGoal(baseline, 0.2)).hasMessageContaining("never compared");
      assertThatThrownBy(() -> r.eventsAverted(baseline)).hasMessageContaining("never compared");
      assertThatThrownBy(() -> r.points(baseline, ReductionFromBaselinePoints.of(0.20, 10), "HAC"))
          .hasMessageContaining("never compared");
    }
    assertThatThrownBy(() -> now.reductionFrom(baseline)).hasMessageContaining("acokit-pfp v2 (HIIN core areas of harm"
        + " 2016, 30-day window, planned: supplied flag)").hasMessageContaining("acokit-pfp v1");
  }

  @Test
  void theGeneratorChecksItsParametersAndMarksPlannedReturns() {
    assertThat(SyntheticDischarges.generate(1, 1, 2024, 0, 0.6, 0.4, M.taxonomy()).discharges()).hasSize(2);
    assertThatThrownBy(() -> SyntheticDischarges.generate(1, 0, 2024, 0, 0.1, 0.1, M.taxonomy()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1, but was 0");
    assertThatThrownBy(() -> SyntheticDischarges.generate(1, 5, 2024, 0, 0.6, 0.5, M.taxonomy()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 1");
    // every person returns, unplanned: each return is a readmission
    SyntheticDischarges.Generated all = SyntheticDischarges.generate(7, 50, 2024, 0, 1, 0, M.taxonomy());
    assertThat(all.discharges()).hasSize(100).noneMatch(Discharge::planned);
    assertThat(all.events()).isEmpty();
    // every return planned
    assertThat(SyntheticDischarges.generate(7, 50, 2024, 0, 0, 1, M.taxonomy()).discharges()).hasSize(100)
        .filteredOn(Discharge::planned).hasSize(50);
  }
}
