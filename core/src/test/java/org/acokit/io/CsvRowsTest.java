/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class CsvRowsTest {

  private static CsvRows read(String text) {
    return CsvRows.read(new StringReader(text), "t.csv");
  }

  @Test
  void anUnclosedQuoteFailsItsRowAndReadingGoesOnWithTheNextLine() {
    CsvRows r = read("a,b\n1,2\n\"3,4\n5,6\n7,\"8\"\n");
    assertThat(r.rows()).extracting(CsvRows.Row::number).containsExactly(1, 3, 4);
    assertThat(r.rows().get(1).cell(0)).isEqualTo("5");
    assertThat(r.rows().get(2).cell(1)).isEqualTo("8");
    assertThat(r.failures()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FailureCode.UNPARSEABLE);
      assertThat(f.row()).hasValue(2);
      assertThat(f.message()).contains("t.csv row 2 (line 3)");
    });
  }

  @Test
  void aReplacementCharacterOrAWideRowFailsOnlyThatRow() {
    CsvRows r = read("a,b\n1,2\nx\uFFFD,3\n4,5,6\n7,8\n");
    assertThat(r.rows()).extracting(CsvRows.Row::number).containsExactly(1, 4);
    assertThat(r.failures()).extracting(Failure::row).extracting(o -> o.getAsInt()).containsExactly(2, 3);
    assertThat(r.failures().get(0).path()).isEqualTo("a");
    assertThat(r.failures().get(1).code()).isEqualTo(FailureCode.UNKNOWN_LAYOUT);
  }

  @Test
  void shortRowsArePaddedAndBlankRowsKeepTheirNumber() {
    CsvRows r = read("\uFEFFa , b\n1\n\n3,4\n");
    assertThat(r.header()).containsExactly("a", "b");
    assertThat(r.rows()).extracting(CsvRows.Row::number).containsExactly(1, 3);
    assertThat(r.rows().get(0).cell(1)).isEmpty();
  }

  @Test
  void noHeaderAndAMissingColumnAreNamedLayoutFailures() {
    assertThatThrownBy(() -> read("")).isInstanceOf(FailureException.class).hasMessageContaining("t.csv is empty");
    assertThatThrownBy(() -> read("a,b\n1,2\n").column("c")).isInstanceOf(FailureException.class)
        .hasMessageContaining("no column 'c'").hasMessageContaining("[a, b]");
  }

  @Test
  void readingStopsAfterAThousandUnreadableRows() {
    StringBuilder s = new StringBuilder("a,b\n");
    for (int i = 0; i < CsvRecords.MAX_UNREADABLE + 10; i++) {
      s.append("\"x,1\n");
    }
    CsvRows r = read(s.toString());
    assertThat(r.failures()).hasSize(CsvRecords.MAX_UNREADABLE + 1);
    assertThat(r.failures().get(CsvRecords.MAX_UNREADABLE).message()).contains("reading stopped");
  }
}
