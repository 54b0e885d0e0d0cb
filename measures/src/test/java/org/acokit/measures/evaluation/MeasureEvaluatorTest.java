/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.acokit.io.Failure;
import org.acokit.io.FailureCode;
import org.acokit.io.ValueWithFailures;
import org.acokit.measures.definition.EpisodeCriteria;
import org.acokit.measures.definition.GroupAggregation;
import org.acokit.measures.definition.GroupDefinition;
import org.acokit.measures.definition.MeasureIdentity;
import org.acokit.measures.definition.PatientCriteria;
import org.acokit.measures.definition.PatientMeasure;
import org.acokit.measures.definition.Population;
import org.acokit.measures.definition.Stratifier;
import org.acokit.measures.definition.ThirdPartyPatientMeasure;
import org.acokit.measures.logic.MeasureContext;
import org.acokit.measures.logic.MeasurementPeriod;
import org.acokit.measures.logic.PatientFailure;
import org.acokit.measures.logic.PatientRecord;
import org.acokit.measures.patient.CodedField;
import org.acokit.measures.patient.DateTimes;
import org.acokit.measures.patient.FactKind;
import org.acokit.measures.patient.FactTable;
import org.acokit.measures.patient.PatientData;
import org.acokit.measures.patient.PatientDataBuilder;
import org.acokit.measures.patient.TimeField;
import org.acokit.measures.patient.TokenField;
import org.acokit.measures.terminology.Code;
import org.acokit.measures.terminology.CodeSystems;
import org.acokit.measures.terminology.CompiledValueSet;
import org.acokit.measures.terminology.ValueSets;
import org.acokit.quality.CollectionType;
import org.acokit.quality.MeasureResult;
import org.junit.jupiter.api.Test;

class MeasureEvaluatorTest {

  private static final String URL = ThirdPartyPatientMeasure.URL;
  private static final MeasurementPeriod MP = MeasurementPeriod.calendarYear(2025);

  /** Adds a patient: kind 0 none, 1 vaccinated, 2 declined, 3 hospice, 4 no encounter; age 30 or 70. */
  private static void patient(PatientDataBuilder b, String id, int kind, boolean old, boolean birthDate) {
    int p = b.patient(id);
    b.patientResource(p, "test");
    if (birthDate) {
      b.birthDate(p, LocalDate.of(old ? 1955 : 1995, 6, 15));
    }
    if (kind != 4) {
      b.fact(FactKind.ENCOUNTER, p, id + "-e").code(CodedField.CODE, CodeSystems.CPT, "99213")
          .token(TokenField.STATUS, "finished")
          .period(DateTimes.parse("2025-03-01T10:00:00Z"), DateTimes.parse("2025-03-01T10:30:00Z"));
    }
    if (kind == 1 || kind == 2) {
      var w = b.fact(FactKind.IMMUNIZATION, p, id + "-i").code(CodedField.CODE, CodeSystems.CVX, "140")
          .token(TokenField.STATUS, kind == 1 ? "completed" : "not-done")
          .at(DateTimes.parse("2025-10-01"))
          .time(TimeField.RECORDED, DateTimes.parse("2025-10-01"));
      if (kind == 2) {
        w.code(CodedField.REASON, CodeSystems.SNOMED_CT, "591000119102");
      }
    }
    if (kind == 3) {
      b.fact(FactKind.ENCOUNTER, p, id + "-h").code(CodedField.CODE, CodeSystems.SNOMED_CT, "385763009")
          .token(TokenField.STATUS, "finished").period(DateTimes.parse("2025-12-31T23:00:00Z"), null);
    }
  }

  private static PatientData random(long seed, int n) {
    Random r = new Random(seed);
    PatientDataBuilder b = new PatientDataBuilder();
    for (int i = 0; i < n; i++) {
      patient(b, "p" + i, r.nextInt(5), r.nextBoolean(), r.nextInt(20) != 0);
    }
    return b.build();
  }

  private static MeasureEvaluator evaluator(PatientData d) {
    return MeasureEvaluator.bind(d, ValueSets.of(List.of()), MP, List.of(new ThirdPartyPatientMeasure()));
  }

  @Test
  void countsPopulationsStrataAndFeedsTheQualityEngine() {
    PatientDataBuilder b = new PatientDataBuilder();
    patient(b, "vaccinated", 1, false, true);
    patient(b, "declined", 2, true, true);
    patient(b, "hospice", 3, true, true);
    patient(b, "missed", 0, false, true);
    patient(b, "no-visit", 4, false, true);
    patient(b, "no-birth-date", 1, false, false);
    MeasureEvaluator e = evaluator(b.build());
    ValueWithFailures<PopulationCounts> r = e.evaluate();
    PopulationCounts c = r.values().get(0);
    assertThat(c.count(URL, 0, Population.INITIAL_POPULATION)).isEqualTo(4);
    assertThat(c.count(URL, 0, Population.DENOMINATOR)).isEqualTo(4);
    assertThat(c.count(URL, 0, Population.DENOMINATOR_EXCLUSION)).isEqualTo(1);
    assertThat(c.count(URL, 0, Population.NUMERATOR)).isEqualTo(1);
    assertThat(c.count(URL, 0, Population.DENOMINATOR_EXCEPTION)).isEqualTo(1);
    assertThat(c.count(URL, 0, "age band", "65+", Population.DENOMINATOR)).isEqualTo(2);
    assertThat(c.count(URL, 0, "age band", "18-64", Population.NUMERATOR)).isEqualTo(1);
    assertThat(c.patients()).isEqualTo(5);
    assertThat(r.failures()).singleElement().satisfies(f -> {
      assertThat(f.row()).hasValue(6);
      assertThat(f.message()).contains("Patient/no-birth-date", "birthDate");
    });
    // (NUM 1) / (DEN 4 - DENEX 1 - DENEXCEP 1) = 50%
    MeasureResult m = c.toMeasureResult(URL);
    assertThat(m.measureId()).isEqualTo("FLU");
    assertThat(m.collectionType()).isEqualTo(org.acokit.quality.CollectionType.ELECTRONIC_HEALTH_RECORD);
    assertThat(m.rate().getAsDouble()).isEqualTo(50.0);
  }

  @Test
  void countsAndPerformancePrintAsTables() {
    PatientDataBuilder b = new PatientDataBuilder();
    patient(b, "vaccinated", 1, false, true);
    patient(b, "declined", 2, true, true);
    patient(b, "hospice", 3, true, true);
    patient(b, "missed", 0, false, true);
    PopulationCounts c = evaluator(b.build()).evaluate().values().get(0);
    String counts = c.toString();
    assertThat(counts).startsWith("Population counts: 4 patients\n").contains("Rate (%)").contains("50.00%")
        .contains(URL.substring(URL.lastIndexOf('/') + 1)).doesNotContain("-0", "NaN", "@", "{", "=");
    assertThat(counts.length()).isLessThan(1000);
    String row = counts.lines().skip(3).findFirst().orElseThrow();
    // IP 4, DEN 4, DENEX 1, NUM 1, NUMEX not declared, DENEXCEP 1
    assertThat(row.replaceAll(" +", " ")).endsWith(" 1 4 4 1 1 \u2013 1 50.00%");
    String ecqm = EcqmPerformance.of(c, URL).toString();
    assertThat(ecqm).startsWith("eCQM FLU (").contains("Eligible population").contains("Performance rate (%)")
        .doesNotContain("-0", "NaN", "@", "{", "=");
    assertThat(ecqm.lines().filter(l -> l.startsWith("Performance rate")).findFirst().orElseThrow())
        .endsWith("50.00%");
  }

  @Test
  void explanationNamesTheDecidingFacts() {
    PatientDataBuilder b = new PatientDataBuilder();
    patient(b, "vaccinated", 1, false, true);
    PatientExplanation x = evaluator(b.build()).explain(0);
    assertThat(x.failure()).isEmpty();
    List<PopulationExplanation> pops = x.groups().get(0).populations();
    PopulationExplanation num = pops.stream().filter(p -> p.population() == Population.NUMERATOR).findFirst()
        .orElseThrow();
    assertThat(num.count()).isEqualTo(1);
    assertThat(num.facts()).singleElement().satisfies(f -> {
      assertThat(f.resourceType()).isEqualTo("Immunization");
      assertThat(f.resourceId()).isEqualTo("vaccinated-i");
      assertThat(f.codes().get(0).code()).isEqualTo("140");
      assertThat(f.date()).isEqualTo("2025-10-01");
    });
    assertThat(x.render()).contains("numerator=1", "Immunization/vaccinated-i");
  }

  @Test
  void zeroPerformanceDenominatorHasNoRate() {
    PatientDataBuilder b = new PatientDataBuilder();
    patient(b, "no-visit", 4, false, true);
    PopulationCounts c = evaluator(b.build()).evaluate().values().get(0);
    assertThatThrownBy(() -> c.toMeasureResult(URL)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no performance denominator");
  }

  @Property(tries = 30)
  void partitionsMergeToTheWholeAndCountsObeyTheRules(@ForAll long seed, @ForAll @IntRange(min = 1, max = 5000) int n,
      @ForAll @IntRange(min = 0, max = 5000) int cut) {
    PatientData d = random(seed, n);
    MeasureEvaluator e = evaluator(d);
    int k = Math.min(cut, d.size());
    ValueWithFailures<PopulationCounts> whole = e.evaluate();
    ValueWithFailures<PopulationCounts> a = e.evaluate(0, k);
    ValueWithFailures<PopulationCounts> b = e.evaluate(k, d.size());
    PopulationCounts merged = a.values().get(0).merge(b.values().get(0));
    PopulationCounts w = whole.values().get(0);
    for (Population p : Population.values()) {
      assertThat(merged.count(URL, 0, p)).isEqualTo(w.count(URL, 0, p));
    }
    assertThat(a.failures().size() + b.failures().size()).isEqualTo(whole.failures().size());
    assertThat(w.patients() + whole.failures().size()).isEqualTo(n);
    long den = w.count(URL, 0, Population.DENOMINATOR);
    assertThat(den).isLessThanOrEqualTo(w.count(URL, 0, Population.INITIAL_POPULATION));
    assertThat(w.count(URL, 0, Population.DENOMINATOR_EXCLUSION) + w.count(URL, 0, Population.NUMERATOR)
        + w.count(URL, 0, Population.DENOMINATOR_EXCEPTION)).isLessThanOrEqualTo(den);
    long strata = w.count(URL, 0, "age band", "18-64", Population.DENOMINATOR)
        + w.count(URL, 0, "age band", "65+", Population.DENOMINATOR);
    assertThat(strata).isEqualTo(den);
  }

  /**
   * An episode-basis measure: every encounter an episode, all in the initial population and the
   * denominator; in the numerator a hospice encounter of a patient 65 or older (the age is asked
   * only for hospice encounters, so a patient without a birth date fails on its second episode).
   */
  static final class EncounterEpisodes implements PatientMeasure {
    static final String URL = "https://payer.example/Measure/encounters";

    @Override
    public MeasureIdentity identity() {
      return new MeasureIdentity(URL, "PAYER-ENC", "1", "ENC", CollectionType.ELECTRONIC_HEALTH_RECORD, "Encounters",
          GroupAggregation.SINGLE_GROUP);
    }

    @Override
    public List<GroupDefinition> groups(MeasureContext ctx) {
      CompiledValueSet hospice = ctx.codes("Hospice", Code.of(CodeSystems.SNOMED_CT, "385763009"));
      EpisodeCriteria c = new EpisodeCriteria() {
        @Override
        public int episodes(PatientRecord p) {
          FactTable t = p.data().table(FactKind.ENCOUNTER);
          return t.end(p.index()) - t.start(p.index());
        }

        @Override
        public boolean initialPopulation(PatientRecord p, int episode) {
          return true;
        }

        @Override
        public boolean numerator(PatientRecord p, int episode) {
          FactTable t = p.data().table(FactKind.ENCOUNTER);
          return t.hasCode(CodedField.CODE, t.start(p.index()) + episode, hospice) && p.ageAtEnd() >= 65;
        }
      };
      return List.of(GroupDefinition.ofEpisodes(c, Population.INITIAL_POPULATION, Population.DENOMINATOR,
          Population.NUMERATOR).withStratifiers(List.of(Stratifier.of("first letter", List.of("p", "other"),
              p -> p.id().startsWith("p") ? 0 : 1))));
    }
  }

  @Test
  void episodesCountOncePerEpisodeAlsoBeyondSixtyFiveThousandInOnePatient() {
    PatientDataBuilder b = new PatientDataBuilder();
    int many = b.patient("many");
    b.patientResource(many, "test");
    b.birthDate(many, LocalDate.of(1950, 1, 1));
    for (int i = 0; i < 70_000; i++) {
      b.fact(FactKind.ENCOUNTER, many, "e" + i).code(CodedField.CODE, CodeSystems.CPT, "99213")
          .token(TokenField.STATUS, "finished").period(DateTimes.parse("2025-03-01T10:00:00Z"), null);
    }
    patient(b, "p1", 3, true, true);
    patient(b, "p2", 3, true, false);
    ValueWithFailures<PopulationCounts> r = MeasureEvaluator.bind(b.build(), ValueSets.of(List.of()), MP,
        List.of(new EncounterEpisodes())).evaluate(0, 3);
    PopulationCounts c = r.values().get(0);
    String url = EncounterEpisodes.URL;
    // p2 has no birth date: its hospice encounter (its second episode) fails it, and its first is not counted
    assertThat(r.failures()).extracting(Failure::message).singleElement().asString().startsWith("Patient/p2: ");
    assertThat(c.count(url, 0, Population.INITIAL_POPULATION)).isEqualTo(70_002);
    assertThat(c.count(url, 0, Population.DENOMINATOR)).isEqualTo(70_002);
    assertThat(c.count(url, 0, Population.NUMERATOR)).isEqualTo(1);
    assertThat(c.count(url, 0, "first letter", "other", Population.INITIAL_POPULATION)).isEqualTo(70_000);
    assertThat(c.count(url, 0, "first letter", "p", Population.INITIAL_POPULATION)).isEqualTo(2);
    assertThat(c.count(url, 0, "first letter", "p", Population.NUMERATOR)).isEqualTo(1);
  }

  @Test
  void moreThanSixtyFiveThousandPatientsInOneRangeCountLikeTheirParts() {
    PatientData d = random(5, 70_000);
    MeasureEvaluator e = MeasureEvaluator.bind(d, ValueSets.of(List.of()), MP,
        List.of(new EncounterEpisodes(), new ThirdPartyPatientMeasure()));
    ValueWithFailures<PopulationCounts> whole = e.evaluate(0, d.size());
    PopulationCounts parts = e.evaluate(0, 30_000).values().get(0).merge(e.evaluate(30_000, d.size()).values().get(0));
    assertThat(whole.values().get(0).toArray()).containsExactly(parts.toArray());
    assertThat(whole.values().get(0).count(EncounterEpisodes.URL, 0, Population.INITIAL_POPULATION))
        .isGreaterThan(65_535);
  }

  /** Seventy patient-basis groups: patient i is in group i % 70, in the last group, and patient 300 in every group. */
  static final class SeventyGroups implements PatientMeasure {
    static final String URL = "https://payer.example/Measure/seventy";
    static final int GROUPS = 70;

    static boolean in(int patient, int group) {
      return patient % GROUPS == group || group == GROUPS - 1 || patient == 300;
    }

    @Override
    public MeasureIdentity identity() {
      return new MeasureIdentity(URL, "PAYER-70", "1", "SEVENTY", CollectionType.ELECTRONIC_HEALTH_RECORD, "Seventy groups",
          GroupAggregation.SINGLE_GROUP);
    }

    @Override
    public List<GroupDefinition> groups(MeasureContext ctx) {
      List<GroupDefinition> groups = new ArrayList<>();
      for (int g = 0; g < GROUPS; g++) {
        int group = g;
        PatientCriteria c = new PatientCriteria() {
          @Override
          public boolean initialPopulation(PatientRecord p) {
            return in(p.index(), group);
          }

          @Override
          public boolean numerator(PatientRecord p) {
            return p.index() % 2 == 0;
          }
        };
        groups.add(GroupDefinition.ofPatients(c, Population.INITIAL_POPULATION, Population.DENOMINATOR,
            Population.NUMERATOR));
      }
      return groups;
    }
  }

  @Test
  void patientsInMoreThanSixtyFourGroupsCountInEachOfThem() {
    int n = 600;
    PatientData d = random(3, n);
    // patient 300 is in all 70 groups: more pairs than the first scratch holds, in the second block
    PopulationCounts c = MeasureEvaluator.bind(d, ValueSets.of(List.of()), MP, List.of(new SeventyGroups()))
        .evaluate(0, n).values().get(0);
    for (int g = 0; g < SeventyGroups.GROUPS; g++) {
      long in = 0;
      long even = 0;
      for (int i = 0; i < n; i++) {
        if (SeventyGroups.in(i, g)) {
          in++;
          even += i % 2 == 0 ? 1 : 0;
        }
      }
      assertThat(c.count(SeventyGroups.URL, g, Population.INITIAL_POPULATION)).as("group %d", g).isEqualTo(in);
      assertThat(c.count(SeventyGroups.URL, g, Population.NUMERATOR)).as("group %d", g).isEqualTo(even);
    }
    assertThat(c.count(SeventyGroups.URL, SeventyGroups.GROUPS - 1, Population.INITIAL_POPULATION)).isEqualTo(n);
  }

  /** A stratifier that fails for every seventh patient (index 3, 10, 17...). */
  private static final Stratifier FLAKY = Stratifier.of("flaky", List.of("even", "odd"), p -> {
    if (p.index() % 7 == 3) {
      throw new PatientFailure(FailureCode.INVALID_VALUE, "Patient.extension", "no flaky stratum for " + p.index());
    }
    return p.index() % 2;
  });

  @Property(tries = 20)
  void blocksCountAndFailExactlyAsOnePatientAtATime(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 1500) int n) {
    PatientData d = random(seed, n);
    MeasureEvaluator e = MeasureEvaluator.bind(d, ValueSets.of(List.of()), MP,
        List.of(new EncounterEpisodes(), new ThirdPartyPatientMeasure()), List.of(FLAKY));
    ValueWithFailures<PopulationCounts> whole = e.evaluate(0, n);
    long[] sum = new long[whole.values().get(0).toArray().length];
    List<String> messages = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ValueWithFailures<PopulationCounts> one = e.evaluate(i, i + 1);
      long[] c = one.values().get(0).toArray();
      for (int k = 0; k < c.length; k++) {
        sum[k] += c[k];
      }
      one.failures().forEach(f -> messages.add(f.message()));
    }
    assertThat(whole.values().get(0).toArray()).containsExactly(sum);
    assertThat(whole.failures()).extracting(Failure::message).containsExactlyElementsOf(messages);
    assertThat(whole.values().get(0).patients() + whole.failures().size()).isEqualTo(n);
  }

  @Test
  void aPatientFailsOnTheFirstCriterionOrStratumItsGroupsMeet() {
    PatientDataBuilder b = new PatientDataBuilder();
    patient(b, "p0", 1, false, true);
    patient(b, "p1", 1, false, true);
    patient(b, "p2", 1, false, true);
    patient(b, "p3", 1, false, false);
    PatientDataBuilder c = new PatientDataBuilder();
    for (int i = 0; i < 11; i++) {
      // index 3: in the group, its flaky stratum fails; index 10: in no group, its stratum is never needed
      patient(c, "q" + i, i == 10 ? 4 : 1, false, true);
    }
    ValueWithFailures<PopulationCounts> noBirth = MeasureEvaluator.bind(b.build(), ValueSets.of(List.of()), MP,
        List.of(new ThirdPartyPatientMeasure()), List.of(FLAKY)).evaluate(0, 4);
    // p3 has no birth date: the measure's initial population (age) fails before any stratum is needed
    assertThat(noBirth.failures()).singleElement().satisfies(f -> {
      assertThat(f.message()).startsWith("Patient/p3: ").doesNotContain("flaky");
      assertThat(f.row()).hasValue(4);
    });
    ValueWithFailures<PopulationCounts> flaky = MeasureEvaluator.bind(c.build(), ValueSets.of(List.of()), MP,
        List.of(new ThirdPartyPatientMeasure()), List.of(FLAKY)).evaluate(0, 11);
    assertThat(flaky.failures()).extracting(Failure::message).containsExactly("Patient/q3: no flaky stratum for 3");
    assertThat(flaky.values().get(0).patients()).isEqualTo(10);
    assertThat(flaky.values().get(0).count(URL, 0, Population.INITIAL_POPULATION)).isEqualTo(9);
  }

  @Test
  void countsCrossAProcessBoundaryAsAnArray() {
    PatientData d = random(11, 400);
    PopulationCounts whole = evaluator(d).evaluate().values().get(0);
    // Two "executors" bind their own evaluators; the "driver" binds one to no patients at all.
    PopulationCounts a = evaluator(d).evaluate(0, 150).values().get(0);
    PopulationCounts b = evaluator(d).evaluate(150, 400).values().get(0);
    PopulationCounts driver = evaluator(new PatientDataBuilder().build()).evaluate().values().get(0);
    PopulationCounts received = driver.withCounts(a.toArray(), a.patients())
        .merge(driver.withCounts(b.toArray(), b.patients()));
    assertThat(received.toArray()).containsExactly(whole.toArray());
    assertThat(received.patients()).isEqualTo(whole.patients());
    assertThat(received.count(URL, 0, "age band", "65+", Population.NUMERATOR))
        .isEqualTo(whole.count(URL, 0, "age band", "65+", Population.NUMERATOR));
    assertThatThrownBy(() -> driver.withCounts(new long[3], 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("counts must have " + whole.toArray().length + " cells");
    long[] negative = whole.toArray();
    negative[2] = -1;
    assertThatThrownBy(() -> driver.withCounts(negative, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("counts[2] must be 0 or more, but was -1");
  }

  @Test
  void mergedPartialDatasetsEvaluateLikeTheWhole() {
    PatientData whole = random(7, 300);
    // split each patient's facts across two partials: encounters in one, everything else in the other
    PatientDataBuilder left = new PatientDataBuilder();
    PatientDataBuilder right = new PatientDataBuilder();
    Random r = new Random(7);
    List<PatientData> parts = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      int kind = r.nextInt(5);
      boolean old = r.nextBoolean();
      boolean birth = r.nextInt(20) != 0;
      patient(i % 2 == 0 ? left : right, "p" + i, kind, old, birth);
    }
    parts.add(left.build());
    parts.add(right.build());
    PatientData merged = PatientData.merge(parts);
    assertThat(merged.size()).isEqualTo(whole.size());
    PopulationCounts a = evaluator(merged).evaluate().values().get(0);
    PopulationCounts b = evaluator(whole).evaluate().values().get(0);
    for (Population p : Population.values()) {
      assertThat(a.count(URL, 0, p)).isEqualTo(b.count(URL, 0, p));
    }
  }

  @Test
  void aPatientFailedInOnePartialIsLeftOutOfTheMerge() {
    PatientDataBuilder one = new PatientDataBuilder();
    patient(one, "a", 1, false, true);
    patient(one, "b", 1, false, true);
    PatientDataBuilder two = new PatientDataBuilder();
    two.fact(FactKind.CONDITION, two.patient("b"), "c1");
    two.fail("b", org.acokit.io.Failure.ofRow(org.acokit.io.FailureCode.INVALID_VALUE, "Condition.ndjson", 1,
        "Condition.onsetDateTime", null, "Condition/c1 field onsetDateTime: bad"));
    PatientData merged = PatientData.merge(List.of(one.build(), two.build()));
    assertThat(merged.size()).isEqualTo(1);
    assertThat(merged.id(0)).isEqualTo("a");
    assertThat(merged.failures()).containsKey("b");
    assertThat(merged.table(FactKind.ENCOUNTER).end(0)).isEqualTo(1);
  }

  @Test
  void ecqmPerformanceSplitsTheEligiblePopulationAndStrataCountPerformance() {
    PatientDataBuilder b = new PatientDataBuilder();
    patient(b, "vaccinated", 1, false, true);
    patient(b, "vaccinated-too", 1, true, true);
    patient(b, "declined", 2, true, true);
    patient(b, "hospice", 3, true, true);
    patient(b, "missed", 0, false, true);
    PopulationCounts c = evaluator(b.build()).evaluate().values().get(0);
    // DEN 5 = met 2 + not met 1 + DENEX 1 + DENEXCEP 1; rate 2 / (5 - 1 - 1) = 66.67%
    EcqmPerformance e = EcqmPerformance.of(c, URL);
    assertThat(e).isEqualTo(new EcqmPerformance("FLU", org.acokit.quality.CollectionType.ELECTRONIC_HEALTH_RECORD, 5,
        2, 1, 1, 1));
    assertThat(e.performanceDenominator()).isEqualTo(3);
    assertThat(e.performanceRatePercent()).isCloseTo(200.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(e.toMeasureResult().rate().getAsDouble()).isCloseTo(200.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(c.performanceRatePercent(URL)).isCloseTo(200.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(c.performance(URL)).isEqualTo(new PerformanceCounts(2, 3));
    // 65+: vaccinated-too (met), declined (exception), hospice (exclusion); 18-64: vaccinated (met), missed
    assertThat(c.performance(URL, "age band", "65+")).isEqualTo(new PerformanceCounts(1, 1));
    assertThat(c.performance(URL, "age band", "18-64")).isEqualTo(new PerformanceCounts(1, 2));
    assertThatThrownBy(() -> c.performance(URL, "age band", "0-17")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("age band").hasMessageContaining("[18-64, 65+]").hasMessageContaining("0-17");
  }

  @Test
  void ecqmAndPerformanceCountsRefuseImpossibleCountsNamingThem() {
    assertThat(new EcqmPerformance("FLU", org.acokit.quality.CollectionType.ELECTRONIC_HEALTH_RECORD, 0, 0, 0, 0, 0)
        .performanceDenominator()).as("all zero is a valid, empty measure").isZero();
    assertThatThrownBy(() -> new EcqmPerformance("FLU", org.acokit.quality.CollectionType.ELECTRONIC_HEALTH_RECORD, 1,
        2, -1, 0, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FLU")
        .hasMessageContaining("0 or more").hasMessageContaining("not met -1");
    for (int negative = 0; negative < 5; negative++) {
      long[] v = {4, 1, 1, 1, 1};
      v[negative] = -1;
      assertThatThrownBy(() -> new EcqmPerformance("X", org.acokit.quality.CollectionType.ELECTRONIC_HEALTH_RECORD,
          v[0], v[1], v[2], v[3], v[4])).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 or more");
    }
    assertThatThrownBy(() -> new EcqmPerformance("FLU", org.acokit.quality.CollectionType.ELECTRONIC_HEALTH_RECORD, 5,
        2, 1, 1, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("eligible population 5")
        .hasMessageContaining("= 4");
    assertThat(new PerformanceCounts(0, 0).denominator()).isZero();
    assertThat(new PerformanceCounts(3, 3).numerator()).isEqualTo(3);
    assertThatThrownBy(() -> new PerformanceCounts(4, 3)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("4 of 3");
    assertThatThrownBy(() -> new PerformanceCounts(-1, 3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PerformanceCounts(0, -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anExplanationReportsEachCriterionBesideTheMembershipItDecides() {
    PatientDataBuilder b = new PatientDataBuilder();
    patient(b, "declined", 2, true, true);
    patient(b, "no-birth-date", 1, false, false);
    MeasureEvaluator e = evaluator(b.build());
    PatientExplanation x = e.explain(0);
    List<PopulationExplanation> pops = x.groups().get(0).populations();
    assertThat(x.groups().get(0).measureUrl()).isEqualTo(URL);
    assertThat(pops).extracting(PopulationExplanation::population).containsExactly(Population.INITIAL_POPULATION,
        Population.DENOMINATOR, Population.DENOMINATOR_EXCLUSION, Population.NUMERATOR,
        Population.DENOMINATOR_EXCEPTION);
    // declined: in IP, DEN and DENEXCEP; DENEX and NUM criteria false
    assertThat(pops).extracting(PopulationExplanation::criterion).containsExactly(true, true, false, false, true);
    assertThat(pops).extracting(PopulationExplanation::count).containsExactly(1, 1, 0, 0, 1);
    assertThat(x.render()).startsWith("Patient/declined\n  " + URL + " group 1\n").doesNotContain("failure");
    PatientExplanation failed = e.explain(1);
    assertThat(failed.failure()).hasValueSatisfying(f -> assertThat(f).contains("birthDate"));
    assertThat(failed.render()).startsWith("Patient/no-birth-date\n  failure: ").contains("birthDate");
  }

  @Test
  void evaluatorStratifiersAndTheirIntersectionsCountEachPatientInItsStratum() {
    PatientData d = random(5, 600);
    org.acokit.measures.definition.Stratifier parity = org.acokit.measures.definition.Stratifier.of("parity",
        List.of("even", "odd"), p -> p.index() % 2);
    org.acokit.measures.definition.Stratifier third = org.acokit.measures.definition.Stratifier.of("third",
        List.of("0", "1", "2"), p -> p.index() % 3 == 2 ? -1 : p.index() % 3);
    org.acokit.measures.definition.Stratifier both = org.acokit.measures.definition.Stratifier.intersection(
        "parity x third", List.of(parity, third));
    MeasureEvaluator e = MeasureEvaluator.bind(d, ValueSets.of(List.of()), MP, List.of(new ThirdPartyPatientMeasure()),
        List.of(parity, both, third));
    PopulationCounts c = e.evaluate().values().get(0);
    long[][] parityCounts = new long[2][Population.values().length];
    long[][] bothCounts = new long[6][Population.values().length];
    for (int i = 0; i < d.size(); i++) {
      PopulationCounts one;
      try {
        one = e.evaluatePatient(i);
      } catch (org.acokit.measures.logic.PatientFailure f) {
        continue;
      }
      for (Population pop : Population.values()) {
        if (!one.declares(URL, 0, pop)) {
          continue;
        }
        parityCounts[i % 2][pop.ordinal()] += one.count(URL, 0, pop);
        if (i % 3 != 2) {
          bothCounts[i % 2 + 2 * (i % 3)][pop.ordinal()] += one.count(URL, 0, pop);
        }
      }
    }
    assertThat(c.stratifiers(URL, 0)).contains("age band", "parity", "parity x third", "third");
    assertThat(c.strata(URL, 0, "parity x third")).containsExactly("even|0", "odd|0", "even|1", "odd|1", "even|2",
        "odd|2");
    for (Population pop : List.of(Population.INITIAL_POPULATION, Population.DENOMINATOR, Population.NUMERATOR,
        Population.DENOMINATOR_EXCLUSION, Population.DENOMINATOR_EXCEPTION)) {
      assertThat(c.count(URL, 0, "parity", "even", pop)).as("even %s", pop).isEqualTo(parityCounts[0][pop.ordinal()]);
      assertThat(c.count(URL, 0, "parity", "odd", pop)).isEqualTo(parityCounts[1][pop.ordinal()]);
      for (int k = 0; k < 6; k++) {
        assertThat(c.count(URL, 0, "parity x third", c.strata(URL, 0, "parity x third").get(k), pop))
            .as("stratum %d %s", k, pop).isEqualTo(bothCounts[k][pop.ordinal()]);
      }
      assertThat(c.count(URL, 0, "third", "2", pop)).as("the stratum no patient is in").isZero();
    }
    assertThat(parityCounts[0][Population.NUMERATOR.ordinal()] + parityCounts[1][Population.NUMERATOR.ordinal()])
        .isEqualTo(c.count(URL, 0, Population.NUMERATOR)).isPositive();
    assertThatThrownBy(() -> MeasureEvaluator.bind(d, ValueSets.of(List.of()), MP,
        List.of(new ThirdPartyPatientMeasure()), List.of(parity, parity))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("parity is repeated");
  }

  @Test
  void explanationsOfPatientsOutsideTheNumeratorReportTheirCriteria() {
    PatientDataBuilder b = new PatientDataBuilder();
    patient(b, "no-visit", 4, false, true);
    patient(b, "hospice", 3, true, true);
    patient(b, "vaccinated", 1, false, true);
    MeasureEvaluator e = evaluator(b.build());
    // IP, DEN, DENEX, NUM, DENEXCEP
    assertThat(e.explain(0).groups().get(0).populations()).extracting(PopulationExplanation::criterion)
        .as("no visit: the denominator's own criterion defaults to true").containsExactly(false, true, false, false,
            false);
    assertThat(e.explain(0).groups().get(0).populations()).extracting(PopulationExplanation::count)
        .as("but outside the initial population it is in nothing").containsExactly(0, 0, 0, 0, 0);
    assertThat(e.explain(1).groups().get(0).populations()).extracting(PopulationExplanation::criterion)
        .as("hospice: excluded").containsExactly(true, true, true, false, false);
    assertThat(e.explain(1).groups().get(0).populations()).extracting(PopulationExplanation::count)
        .containsExactly(1, 1, 1, 0, 0);
    assertThat(e.explain(2).groups().get(0).populations()).extracting(PopulationExplanation::criterion)
        .containsExactly(true, true, false, true, false);
  }

  @Test
  void countsOfSeparatelyBoundEvaluatorsMergeOnlyWhenTheirLayoutsMatch() {
    PatientData d = random(3, 200);
    PopulationCounts a = evaluator(d).evaluate(0, 80).values().get(0);
    PopulationCounts b = evaluator(d).evaluate(80, 200).values().get(0);
    PopulationCounts whole = evaluator(d).evaluate().values().get(0);
    assertThat(a.merge(b).toArray()).containsExactly(whole.toArray());
    assertThat(a.merge(b).patients()).isEqualTo(whole.patients());
    org.acokit.measures.definition.Stratifier parity = org.acokit.measures.definition.Stratifier.of("parity",
        List.of("even", "odd"), p -> p.index() % 2);
    PopulationCounts stratified = MeasureEvaluator.bind(d, ValueSets.of(List.of()), MP,
        List.of(new ThirdPartyPatientMeasure()), List.of(parity)).evaluate().values().get(0);
    assertThatThrownBy(() -> a.merge(stratified)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("same measures, groups and strata");
    org.acokit.measures.definition.Stratifier other = org.acokit.measures.definition.Stratifier.of("parity",
        List.of("odd", "even"), p -> p.index() % 2);
    PopulationCounts renamed = MeasureEvaluator.bind(d, ValueSets.of(List.of()), MP,
        List.of(new ThirdPartyPatientMeasure()), List.of(other)).evaluate().values().get(0);
    assertThatThrownBy(() -> stratified.merge(renamed)).as("same stratifier name, strata in another order")
        .isInstanceOf(IllegalArgumentException.class);
    PopulationCounts none = MeasureEvaluator.bind(d, ValueSets.of(List.of()), MP, List.of()).evaluate().values().get(0);
    assertThatThrownBy(() -> a.merge(none)).isInstanceOf(IllegalArgumentException.class);
  }
}
