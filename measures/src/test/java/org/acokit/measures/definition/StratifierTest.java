/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.acokit.measures.logic.PatientRecord;
import org.junit.jupiter.api.Test;

/** Strata, boolean stratifiers and intersections (first component fastest), with their errors. */
class StratifierTest {

  @Test
  void anIntersectionNamesAndIndexesEveryCombinationFirstComponentFastest() {
    AtomicInteger sex = new AtomicInteger();
    AtomicInteger race = new AtomicInteger();
    AtomicInteger lang = new AtomicInteger();
    Stratifier s = Stratifier.of("sex", List.of("F", "M"), p -> sex.get());
    Stratifier r = Stratifier.of("race", List.of("Asian", "Black", "White"), p -> race.get());
    Stratifier l = Stratifier.of("language", List.of("en", "es"), p -> lang.get());
    Stratifier x = Stratifier.intersection("sex x race x language", List.of(s, r, l));
    assertThat(x.name()).isEqualTo("sex x race x language");
    assertThat(x.components()).containsExactly(s, r, l);
    assertThat(s.components()).isEmpty();
    assertThat(x.strata()).hasSize(12);
    assertThat(x.strata().subList(0, 4)).containsExactly("F|Asian|en", "M|Asian|en", "F|Black|en", "M|Black|en");
    assertThat(x.strata().get(11)).isEqualTo("M|White|es");
    for (int a = 0; a < 2; a++) {
      for (int b = 0; b < 3; b++) {
        for (int c = 0; c < 2; c++) {
          sex.set(a);
          race.set(b);
          lang.set(c);
          int k = x.stratum((PatientRecord) null);
          assertThat(k).isEqualTo(a + 2 * (b + 3 * c));
          assertThat(x.strata().get(k)).isEqualTo(s.strata().get(a) + "|" + r.strata().get(b) + "|" + l.strata().get(c));
        }
      }
    }
    race.set(-1);
    assertThat(x.stratum((PatientRecord) null)).as("in no stratum of one component: in none of the intersection")
        .isEqualTo(-1);
    race.set(0);
    lang.set(-1);
    assertThat(x.stratum((PatientRecord) null)).isEqualTo(-1);
  }

  @Test
  void aBooleanStratifierHasTheOneStratumTrue() {
    AtomicInteger truth = new AtomicInteger(1);
    Stratifier b = Stratifier.ofCriterion("Stratification 1", p -> truth.get() == 1);
    assertThat(b.strata()).containsExactly("true");
    assertThat(b.stratum((PatientRecord) null)).isZero();
    truth.set(0);
    assertThat(b.stratum((PatientRecord) null)).isEqualTo(-1);
  }

  @Test
  void aStratumOutsideTheStrataIsAnErrorNamingTheStratifierAndTheRange() {
    Stratifier s = Stratifier.of("age band", List.of("18-44", "45-64", "65+"), p -> 3);
    assertThatThrownBy(() -> s.stratum((PatientRecord) null)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("age band").hasMessageContaining("0-2").hasMessageContaining("returned 3");
    assertThatThrownBy(() -> Stratifier.of("neg", List.of("a"), p -> -2).stratum((PatientRecord) null))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("returned -2");
    assertThat(Stratifier.of("last", List.of("a", "b"), p -> 1).stratum((PatientRecord) null)).isEqualTo(1);
  }

  @Test
  void aStratifierNeedsStrataAndAnIntersectionTwoComponentsAndAnIntSizedProduct() {
    assertThatThrownBy(() -> Stratifier.of("none", List.of(), p -> -1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("none").hasMessageContaining("at least one stratum");
    Stratifier one = Stratifier.of("one", List.of("a"), p -> 0);
    assertThatThrownBy(() -> Stratifier.intersection("alone", List.of(one)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("alone")
        .hasMessageContaining("at least two").hasMessageContaining("had 1");
    List<String> many = IntStream.range(0, 2000).mapToObj(Integer::toString).toList();
    Stratifier big = Stratifier.of("big", many, p -> 0);
    assertThatThrownBy(() -> Stratifier.intersection("huge", Collections.nCopies(3, big)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("huge")
        .hasMessageContaining("more than " + Integer.MAX_VALUE);
    Stratifier pair = Stratifier.intersection("pair", List.of(one, one));
    assertThat(pair.strata()).containsExactly("a|a");
    assertThat(pair.stratum((PatientRecord) null)).isZero();
  }
}
