/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.acokit.io.FailureCode;
import org.acokit.io.ValueWithFailures;
import org.acokit.quality.ReductionFromBaselinePoints;
import org.junit.jupiter.api.Test;

class SafetyEngineTest {

  private static final SafetyMethod M = SafetyMethod.PFP_HIIN;
  private static final SafetyCounts.Key Y2024 = SafetyCounts.Key.total(2024);

  private static Discharge stay(String id, String person, String facility, String admit, String discharge,
      DischargeStatus status, boolean planned) {
    return Discharge.of(id, person, facility, LocalDate.parse(admit), discharge == null ? null
        : LocalDate.parse(discharge), status, "I50.9", "medicare", planned, Map.of("race", "A"));
  }

  @Test
  void chainsTransfersCombinesSameDayReturnsAndExcludesPlanned() {
    List<Discharge> d = List.of(
        // person 1: transfer chained into one episode, then readmitted on day 10
        stay("1a", "p1", "F1", "2024-01-01", "2024-01-03", DischargeStatus.TRANSFER_ACUTE, false),
        stay("1b", "p1", "F2", "2024-01-03", "2024-01-08", DischargeStatus.HOME, false),
        stay("1c", "p1", "F2", "2024-01-18", "2024-01-20", DischargeStatus.HOME, false),
        // person 2: same-day return to the same facility is one episode; planned return on day 5
        stay("2a", "p2", "F1", "2024-03-01", "2024-03-02", DischargeStatus.HOME, false),
        stay("2b", "p2", "F1", "2024-03-02", "2024-03-04", DischargeStatus.HOME, false),
        stay("2c", "p2", "F1", "2024-03-09", "2024-03-10", DischargeStatus.HOME, true),
        // person 3: died; return after 31 days would not count anyway
        stay("3a", "p3", "F3", "2024-05-01", "2024-05-02", DischargeStatus.EXPIRED, false));
    ValueWithFailures<SafetyCounts> out = SafetyEngine.count(M, d, List.of(new HacEvent("1b", "CAUTI"),
        new HacEvent("2a", "FALLS"), new HacEvent("2a", "CAUTI")), List.of(StayStratifier.attribute("race")));
    assertThat(out.isComplete()).isTrue();
    SafetyCounts c = out.values().get(0);
    assertThat(c.discharges(Y2024)).isEqualTo(7);
    // index episodes: p1 {1a,1b}, p1 1c, p2 {2a,2b}, p2 2c; p3 died
    assertThat(c.indexStays(Y2024)).isEqualTo(4);
    assertThat(c.readmissions(Y2024)).isEqualTo(1);
    assertThat(c.plannedReadmissions(Y2024)).isEqualTo(1);
    assertThat(c.hacEvents(Y2024)).isEqualTo(3);
    assertThat(c.hacEvents(Y2024, "CAUTI")).isEqualTo(2);
    assertThat(c.hacRate(Y2024).value()).isCloseTo(3000.0 / 7, within(1e-9));
    assertThat(c.readmissionRate(Y2024).value()).isEqualTo(0.25);
    assertThat(c.readmissionsPer1000People(Y2024, 100).value()).isEqualTo(10.0);
    assertThat(c.readmissions(new SafetyCounts.Key(2024, "race", "A"))).isEqualTo(1);
    String table = c.toString();
    assertThat(table).startsWith("Safety counts (").contains("Readmission rate (%)").contains("25.00%")
        .contains("428.5714").contains("race=A").doesNotContain("-0", "NaN", "@", "{", "Key[");
    assertThat(table.length()).isLessThan(1000);
    String rate = c.hacRate(Y2024).toString();
    assertThat(rate).startsWith("HACs per 1,000 discharges, 2024 all=all (").contains("428.5714")
        .doesNotContain("Key[", "{", "@");
  }

  @Test
  void reductionGoalAndEventsAvertedOfTheSameMethodOnly() {
    SafetyCounts.Key k = SafetyCounts.Key.total(2019);
    SafetyRate baseline = new SafetyRate("HACs per 1,000 discharges", SafetyCounts.Key.total(2014), 121, 1000, 1000, M);
    SafetyRate now = new SafetyRate("HACs per 1,000 discharges", k, 96, 1000, 1000, M);
    assertThat(now.reductionFrom(baseline)).isCloseTo(25.0 / 121, within(1e-12));
    assertThat(now.attainsGoal(baseline, 0.20)).isTrue();
    assertThat(now.eventsAverted(baseline)).isCloseTo(25, within(1e-9));
    assertThat(now.points(baseline, ReductionFromBaselinePoints.of(0.20, 10), "HAC").points()).isEqualTo(10);
    SafetyMethod other = new SafetyMethod("acokit-pfp", "1", HarmTaxonomy.PFP_2011, 30, "supplied flag", true);
    SafetyRate otherMethod = new SafetyRate("HACs per 1,000 discharges", k, 96, 1000, 1000, other);
    assertThatThrownBy(() -> otherMethod.reductionFrom(baseline)).hasMessageContaining("never compared");
  }

  @Test
  void badRowsAreFailuresAndTheOthersAreKept() {
    assertThatThrownBy(() -> stay("9", "p9", "F1", "2024-02-10", "2024-02-01", DischargeStatus.HOME, false))
        .hasMessageContaining("stay 9 dischargeDate 2024-02-01 is before its admissionDate 2024-02-10");
    List<Discharge> d = List.of(stay("1", "p1", "F1", "2024-01-01", "2024-01-02", DischargeStatus.HOME, false),
        stay("2", "p2", "F1", "2024-01-01", null, DischargeStatus.HOME, false),
        stay("1", "p1", "F1", "2024-01-05", "2024-01-06", DischargeStatus.HOME, false));
    ValueWithFailures<SafetyCounts> out = SafetyEngine.count(M, d, List.of(new HacEvent("404", "CAUTI"),
        new HacEvent("1", "NOT_A_CATEGORY")), List.of());
    assertThat(out.values().get(0).discharges(Y2024)).isEqualTo(1);
    assertThat(out.failures()).extracting(f -> f.code()).containsExactly(FailureCode.MISSING_VALUE,
        FailureCode.INCONSISTENT, FailureCode.MISSING_INPUT, FailureCode.INVALID_VALUE);
    assertThat(out.failures().get(0).message()).contains("stay 2").contains("readmission window");
    assertThat(out.failures().get(0).path()).isEqualTo("dischargeDate");
    assertThat(out.failures().get(3).value()).contains("NOT_A_CATEGORY");
  }

  @Test
  void recoversPlantedRatesWithinSamplingError() {
    int people = 40_000;
    double harm = 90;
    double p = 0.12;
    double q = 0.03;
    SyntheticDischarges.Generated g = SyntheticDischarges.generate(20240101L, people, 2024, harm, p, q,
        M.taxonomy());
    SafetyCounts c = SafetyEngine.count(M, g.discharges(), g.events(), List.of(StayStratifier.attribute("race")))
        .values().get(0);
    long stays = g.discharges().size();
    // HACs per 1,000: Poisson, sd = sqrt(mean x n) / n x 1000
    double hacSd = Math.sqrt(harm / 1000 * stays) / stays * 1000;
    long total = c.keys().stream().filter(k -> k.dimension().equals("all")).mapToLong(c::hacEvents).sum();
    long allStays = c.keys().stream().filter(k -> k.dimension().equals("all")).mapToLong(c::discharges).sum();
    assertThat(allStays).isEqualTo(stays);
    assertThat(1000.0 * total / allStays).isCloseTo(harm, within(4 * hacSd));
    long readmitted = c.keys().stream().filter(k -> k.dimension().equals("all")).mapToLong(c::readmissions).sum();
    double perPersonSd = Math.sqrt(p * (1 - p) / people) * 1000;
    assertThat(1000.0 * readmitted / people).isCloseTo(1000 * p, within(4 * perPersonSd));
    long index = c.keys().stream().filter(k -> k.dimension().equals("all")).mapToLong(c::indexStays).sum();
    assertThat((double) readmitted / index).isCloseTo(p / (1 + p + q), within(0.01));
    long byRace = c.keys().stream().filter(k -> k.dimension().equals("race")).mapToLong(c::readmissions).sum();
    assertThat(byRace).isEqualTo(readmitted);
  }

  @Property(tries = 20)
  void countsOfDisjointPersonsMerge(@ForAll @IntRange(min = 1, max = 300) int people,
      @ForAll @IntRange(min = 0, max = 1000) int seed) {
    SyntheticDischarges.Generated g = SyntheticDischarges.generate(seed, people, 2024, 150, 0.2, 0.05, M.taxonomy());
    List<Discharge> d = g.discharges();
    int cut = d.size() / 2;
    while (cut > 0 && cut < d.size() && d.get(cut).personId().equals(d.get(cut - 1).personId())) {
      cut++;
    }
    final int at = cut;
    List<Discharge> left = d.subList(0, at);
    List<Discharge> right = d.subList(at, d.size());
    java.util.Set<String> leftStays = new java.util.HashSet<>();
    left.forEach(x -> leftStays.add(x.stayId()));
    List<HacEvent> le = g.events().stream().filter(e -> leftStays.contains(e.stayId())).toList();
    List<HacEvent> re = g.events().stream().filter(e -> !leftStays.contains(e.stayId())).toList();
    SafetyCounts whole = SafetyEngine.count(M, d, g.events(), List.of(StayStratifier.payer())).values().get(0);
    SafetyCounts merged = SafetyEngine.count(M, left, le, List.of(StayStratifier.payer())).values().get(0)
        .merge(SafetyEngine.count(M, right, re, List.of(StayStratifier.payer())).values().get(0));
    for (SafetyCounts.Key k : whole.keys()) {
      assertThat(merged.discharges(k)).isEqualTo(whole.discharges(k));
      assertThat(merged.readmissions(k)).isEqualTo(whole.readmissions(k));
      assertThat(merged.hacEvents(k)).isEqualTo(whole.hacEvents(k));
      assertThat(merged.indexStays(k)).isEqualTo(whole.indexStays(k));
    }
  }
}
