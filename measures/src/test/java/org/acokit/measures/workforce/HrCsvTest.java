/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.acokit.io.Failure;
import org.acokit.io.FailureCode;
import org.acokit.io.FailureException;
import org.acokit.io.ValueWithFailures;
import org.junit.jupiter.api.Test;

/**
 * Bad HR input: a duplicated employee, an event before a hire, a promotion to a lower level, an
 * empty demographic, an unknown stage; each a row-level failure naming row, column and value,
 * with the other rows kept; and the same rules when data is built in code.
 */
class HrCsvTest {

  @Test
  void snapshotWithADuplicatedEmployeeKeepsTheOtherRows() {
    String csv = String.join("\n", "snapshot_date,employee_id,institution,unit,job_family,level,clinician,leadership,race,sex",
        "2016-01-01,E1,General,ICU,nursing,2,true,false,Asian,female",
        "2016-01-01,E2,General,ICU,nursing,1,yes,no,declined,male",
        "2016-01-01,E1,General,ED,nursing,3,true,false,Asian,female",
        "2016-01-01,E3,General,ED,physicians,x,true,false,,female",
        "2018-01-01,E1,General,ICU,nursing,2,true,false,Asian,female");
    ValueWithFailures<Employee> r = HrCsv.readSnapshots(new StringReader(csv), "snap.csv");
    assertThat(r.values()).extracting(Employee::employeeId).containsExactly("E1", "E2", "E1");
    assertThat(r.values().get(1).demographics()).containsEntry("race", Demographics.DECLINED);
    assertThat(r.failedRows()).isEqualTo(2);
    Failure dup = r.failures().stream().filter(f -> f.row().getAsInt() == 3).findFirst().orElseThrow();
    assertThat(dup.code()).isEqualTo(FailureCode.INCONSISTENT);
    assertThat(dup.path()).isEqualTo("employee_id");
    assertThat(dup.value()).contains("E1");
    assertThat(dup.message()).contains("employee E1 appears more than once in the snapshot of 2016-01-01");
    assertThat(r.failures()).filteredOn(f -> f.row().getAsInt() == 4).extracting(Failure::path)
        .containsExactlyInAnyOrder("level", "race");
    assertThat(r.failures()).filteredOn(f -> f.path().equals("race")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("write a category, 'unknown' (not collected) or 'declined'"));
  }

  @Test
  void eventsBeforeHireAndPromotionsDownAreRowFailures() {
    String csv = String.join("\n", "date,person_id,event,institution,unit,job_family,level,from_level,stage,race",
        "2016-03-01,P1,application,General,ICU,nursing,1,,interviewed,White",
        "2016-05-01,P1,hire,General,ICU,nursing,1,,,White",
        "2016-04-01,P1,promotion,General,ICU,nursing,2,1,,White",
        "2017-01-01,P2,promotion,General,ICU,nursing,1,3,,Black",
        "2017-02-01,P3,application,General,ICU,nursing,1,,phone screen,Asian",
        "2017-03-01,P4,separation_voluntary,General,ICU,nursing,2,,,Asian",
        "2017-03-01,P5,retirement,General,ICU,nursing,2,,,Asian");
    ValueWithFailures<HrEvent> r = HrCsv.readEvents(new StringReader(csv), "events.csv",
        List.of("applied", "screened", "interviewed", "hired"));
    assertThat(r.values()).extracting(HrEvent::personId).containsExactly("P1", "P1", "P4");
    assertThat(r.failures()).extracting(f -> f.row().getAsInt() + " " + f.code() + " " + f.path() + " " + f.value().orElse(""))
        .containsExactly("3 INCONSISTENT date 2016-04-01", "4 INVALID_VALUE level 1", "5 INVALID_VALUE stage phone screen",
            "7 INVALID_VALUE event retirement");
    assertThat(r.failures().get(0).message()).contains("promotion of P1 on 2016-04-01 is before their hire on 2016-05-01");
    assertThat(r.failures().get(1).message()).contains("from level 3 to level 1 is not to a higher level");
  }

  @Test
  void responsesAndMissingColumns() {
    ValueWithFailures<SurveyResponse> r = HrCsv.readResponses(new StringReader(String.join("\n",
        "date,respondent_id,institution,unit,score,race", "2016-06-01,R1,General,ICU,4.2,White",
        "2016-06-01,R2,General,ICU,high,White", "2016-06-01,R3,General,ICU,NaN,unknown")), "survey.csv");
    assertThat(r.values()).singleElement().satisfies(s -> assertThat(s.demographics()).containsOnlyKeys("race"));
    assertThat(r.failures()).extracting(Failure::code).containsExactly(FailureCode.UNPARSEABLE, FailureCode.NOT_FINITE);
    assertThatThrownBy(() -> HrCsv.readResponses(new StringReader("date,institution,unit\n"), "survey.csv"))
        .isInstanceOf(FailureException.class).hasMessageContaining("survey.csv has no column 'score'")
        .satisfies(e -> assertThat(((FailureException) e).failure().code()).isEqualTo(FailureCode.UNKNOWN_LAYOUT));
  }

  @Test
  void dataBuiltInCodeFollowsTheSameRules() {
    Employee e = Employee.builder().date(LocalDate.of(2016, 1, 1)).employeeId("E1").institution("G").unit("U")
        .jobFamily("nursing").level(1).clinician(true).leadership(false).demographics(Map.of("race", "Asian")).build();
    assertThatThrownBy(() -> HrData.of(List.of(e, e), List.of(), List.of()))
        .hasMessageContaining("employee E1 appears more than once in the snapshot of 2016-01-01");
    assertThatThrownBy(() -> HrEvent.builder().date(LocalDate.of(2016, 1, 1)).personId("E1").type(EventType.PROMOTION)
        .institution("G").unit("U").jobFamily("nursing").level(1).fromLevel(2).build())
        .hasMessageContaining("a promotion from level 2 to level 1 is not to a higher level");
    assertThatThrownBy(() -> Employee.copyOf(e).withDemographics(Map.of("race", " ")))
        .hasMessageContaining("demographic 'race' is blank; write 'unknown'");
  }
}
