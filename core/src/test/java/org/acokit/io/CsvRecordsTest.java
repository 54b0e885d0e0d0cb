/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * How {@link CsvRecords} splits a file so that one bad record never loses the others.
 */
class CsvRecordsTest {

  private static List<CsvRecords.Record> parse(String text) {
    return CsvRecords.parse(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void anUnclosedQuoteFailsOnlyItsLineAndReadingGoesOnAtTheNext() {
    List<CsvRecords.Record> records = parse("h1,h2\na,\"b\nc,d\ne,f\n");
    assertThat(records).extracting(CsvRecords.Record::line).containsExactly(1, 2, 3, 4);
    assertThat(records.get(1).error()).hasValueSatisfying(e -> assertThat(e)
        .startsWith("line 2: a quote opens a cell and is not closed before the end of the file"));
    assertThat(records.get(2).cells()).containsExactly("c", "d");
    assertThat(records.get(3).cells()).containsExactly("e", "f");
  }

  @Test
  void aQuotedCellMayRunOverLinesAndQuotesInsideAreDoubled() {
    List<CsvRecords.Record> records = parse("h\n\"two\nlines\",\"say \"\"hi\"\"\"\nx,y\"z\n");
    assertThat(records.get(1).cells()).containsExactly("two\nlines", "say \"hi\"");
    assertThat(records.get(1).line()).isEqualTo(2);
    // A quote inside an unquoted cell is text, not the start of a quoted cell.
    assertThat(records.get(2).cells()).containsExactly("x", "y\"z");
    assertThat(records.get(2).line()).isEqualTo(4);
  }

  @Test
  void aBadByteFailsOnlyItsLineNamingTheByte() {
    byte[] bytes = "h\nok\nbad \u00e9\nok2\n".getBytes(StandardCharsets.ISO_8859_1);
    List<CsvRecords.Record> records = CsvRecords.parse(bytes);
    assertThat(records.get(2).error()).hasValue("line 3: byte 0xE9 at position 5 is not UTF-8 (expected a UTF-8 "
        + "file: save it as UTF-8)");
    assertThat(records.get(3).cells()).containsExactly("ok2");
  }

  @Test
  void aByteOrderMarkCrlfAndBlankLinesAreRead() {
    List<CsvRecords.Record> records = parse("\uFEFFa,b\r\n\r\n1,2\r\n");
    assertThat(records.get(0).cells()).containsExactly("a", "b");
    assertThat(records.get(1).cells()).containsExactly("");
    assertThat(records.get(2).cells()).containsExactly("1", "2");
    assertThat(records.get(2).number()).isEqualTo(3);
  }

  @Test
  void aQuoteOpenForTooManyLinesFailsItsFirstLine() {
    StringBuilder text = new StringBuilder("h\n\"open\n");
    for (int i = 0; i < CsvRecords.MAX_LINES + 2; i++) {
      text.append("row").append(i).append('\n');
    }
    text.append("end\"\n");
    List<CsvRecords.Record> records = parse(text.toString());
    assertThat(records.get(1).error()).hasValueSatisfying(e -> assertThat(e).contains("within 10 lines"));
    assertThat(records.get(2).cells()).containsExactly("row0");
  }
}
