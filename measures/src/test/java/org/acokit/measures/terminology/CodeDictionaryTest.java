/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.terminology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The dictionary's ids and the bit sets compiled against it, across several 64-bit words. */
class CodeDictionaryTest {

  @Test
  void anInternedCodeKeepsItsIdAndReadsBackAsTheSameSystemAndCode() {
    CodeDictionary d = new CodeDictionary();
    int a = d.intern(CodeSystems.LOINC, "4548-4");
    int b = d.intern(CodeSystems.SNOMED_CT, "4548-4");
    assertThat(d.intern(CodeSystems.LOINC, "4548-4")).as("interning again gives the same id").isEqualTo(a);
    assertThat(b).isNotEqualTo(a);
    assertThat(d.size()).isEqualTo(2);
    assertThat(d.id(Code.of(CodeSystems.SNOMED_CT, "4548-4"))).isEqualTo(b);
    assertThat(d.system(b)).isEqualTo(CodeSystems.SNOMED_CT);
    assertThat(d.code(b)).isEqualTo("4548-4");
    assertThat(d.toCode(a)).isEqualTo(Code.of(CodeSystems.LOINC, "4548-4"));
    assertThat(d.toCode(a)).hasToString(CodeSystems.LOINC + "|4548-4");
    assertThatThrownBy(() -> d.code(2)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void aCodeTheDictionaryDoesNotHoldHasIdMinusOne() {
    CodeDictionary d = new CodeDictionary();
    d.intern(CodeSystems.LOINC, "1");
    d.intern(CodeSystems.LOINC, "2");
    assertThat(d.id(CodeSystems.CPT, "1")).as("unknown system").isEqualTo(-1);
    assertThat(d.id(CodeSystems.LOINC, "3")).as("unknown code in a known system").isEqualTo(-1);
    assertThat(d.id(Code.of(CodeSystems.CPT, "1"))).isEqualTo(-1);
  }

  @Test
  void aFrozenDictionaryRefusesANewSystemAndANewCodeButStillAnswersKnownOnes() {
    CodeDictionary d = new CodeDictionary();
    int a = d.intern(CodeSystems.LOINC, "1");
    d.freeze();
    assertThat(d.intern(CodeSystems.LOINC, "1")).isEqualTo(a);
    assertThatThrownBy(() -> d.intern(CodeSystems.CPT, "99213")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("frozen").hasMessageContaining(CodeSystems.CPT + "|99213");
    assertThatThrownBy(() -> d.intern(CodeSystems.LOINC, "2")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("frozen").hasMessageContaining(CodeSystems.LOINC + "|2");
    assertThat(d.size()).isEqualTo(1);
  }

  @Test
  void aValueSetCompiledAgainstALargeDictionaryFindsItsCodesInEveryWord() {
    CodeDictionary d = new CodeDictionary();
    List<Code> members = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      int id = d.intern(CodeSystems.CPT, "c" + i);
      assertThat(id).isEqualTo(i);
      if (i % 7 == 3) {
        members.add(Code.of(CodeSystems.CPT, "c" + i));
      }
    }
    members.add(Code.of(CodeSystems.LOINC, "absent"));
    ValueSet v = ValueSet.of("urn:vs", "sevens", "2025", members);
    CompiledValueSet c = v.compile(d.freeze());
    assertThat(c.url()).isEqualTo("urn:vs");
    assertThat(c.size()).as("only the codes the dictionary holds").isEqualTo(members.size() - 1);
    for (int i = 0; i < 300; i++) {
      assertThat(c.contains(i)).as("id %d", i).isEqualTo(i % 7 == 3);
    }
    assertThat(c.contains(300)).isFalse();
    assertThat(c.contains(100_000)).isFalse();
  }

  @Test
  void aSetOfCodeIdsCountsEachIdOnceIgnoresAbsentOnesAndAnswersBeyondItsLastWord() {
    CompiledValueSet s = CompiledValueSet.ofCodeIds("s", 1, 70, 1, -1, 63);
    assertThat(s.size()).isEqualTo(3);
    assertThat(s.contains(1)).isTrue();
    assertThat(s.contains(63)).isTrue();
    assertThat(s.contains(70)).isTrue();
    assertThat(s.contains(0)).isFalse();
    assertThat(s.contains(2)).isFalse();
    assertThat(s.contains(6)).isFalse();
    assertThat(s.contains(-1)).isFalse();
    CompiledValueSet oneWord = CompiledValueSet.ofCodeIds("one word", 5);
    assertThat(oneWord.contains(64)).as("the first id past the set's only word").isFalse();
    assertThat(oneWord.contains(69)).isFalse();
    assertThat(CompiledValueSet.ofCodeIds("empty").size()).isZero();
    assertThat(CompiledValueSet.ofCodeIds("empty").contains(0)).isFalse();
  }
}
