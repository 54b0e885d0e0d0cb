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

  @Test
  void aRecordOverSeveralLinesThatIsNotCsvFailsItsFirstLineAndTheNextLinesAreReadAnew() {
    // The quote on line 3 closes on line 5, but text follows it: the rows on lines 4 and 5 are kept.
    List<CsvRecords.Record> records = parse("a,b\n1,2\n\"3,4\n5,6\n7,\"8\"\n");
    assertThat(records).extracting(CsvRecords.Record::line).containsExactly(1, 2, 3, 4, 5);
    assertThat(records.get(2).error()).hasValueSatisfying(e -> assertThat(e).startsWith("line 3: the row is not valid CSV"));
    assertThat(records.get(3).cells()).containsExactly("5", "6");
    assertThat(records.get(4).cells()).containsExactly("7", "8");
  }

  @Test
  void readingStopsAfterAThousandRecordsThatAreNotCsvButNotAfterBadBytes() {
    StringBuilder s = new StringBuilder("a,b\n");
    for (int i = 0; i < CsvRecords.MAX_UNREADABLE + 10; i++) {
      s.append("\"x,1\n");
    }
    List<CsvRecords.Record> records = parse(s.toString());
    assertThat(records).hasSize(CsvRecords.MAX_UNREADABLE + 2);
    assertThat(records.get(CsvRecords.MAX_UNREADABLE + 1).error()).hasValueSatisfying(e -> assertThat(e)
        .startsWith("line " + (CsvRecords.MAX_UNREADABLE + 2) + ": more than 1000 records cannot be read as CSV, "
            + "so reading stopped here"));
    java.io.ByteArrayOutputStream latin1 = new java.io.ByteArrayOutputStream();
    latin1.writeBytes("a\n".getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < CsvRecords.MAX_UNREADABLE + 10; i++) {
      latin1.writeBytes(new byte[] {'J', 'o', 's', (byte) 0xE9, '\n'});
    }
    latin1.writeBytes("last\n".getBytes(StandardCharsets.UTF_8));
    List<CsvRecords.Record> read = CsvRecords.parse(latin1.toByteArray());
    assertThat(read).hasSize(CsvRecords.MAX_UNREADABLE + 12);
    assertThat(read.get(read.size() - 1).cells()).containsExactly("last");
  }

  @Test
  void aUtf16OrUtf32FileIsRefusedNamingItsEncoding(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    java.nio.file.Path utf16 = java.nio.file.Files.write(dir.resolve("u16.csv"), "a,b\n1,2\n".getBytes(StandardCharsets.UTF_16LE));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> CsvRecords.read(utf16, "test file"))
        .isInstanceOfSatisfying(FailureException.class, e -> {
          assertThat(e.failure().code()).isEqualTo(FailureCode.UNPARSEABLE);
          assertThat(e.getMessage()).contains(utf16.toString(), "test file is UTF-16 or UTF-32 text, not UTF-8 "
              + "(byte 2 is a zero byte); expected UTF-8");
        });
    byte[] bom = {(byte) 0xFF, (byte) 0xFE, 'a', 0};
    assertThat(TextFiles.otherEncoding(bom)).hasValueSatisfying(m -> assertThat(m)
        .startsWith("is UTF-16LE text (it starts with the byte-order mark FF FE)"));
    assertThat(TextFiles.otherEncoding(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF})).hasValueSatisfying(m ->
        assertThat(m).startsWith("is UTF-32BE text"));
    assertThat(TextFiles.otherEncoding("a,b".getBytes(StandardCharsets.UTF_8))).isEmpty();
  }
}
