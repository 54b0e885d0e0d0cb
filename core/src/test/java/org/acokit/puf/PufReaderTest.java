/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.puf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.acokit.io.Failure;
import org.acokit.io.FailureCode;
import org.acokit.io.FailureException;
import org.acokit.io.ValueWithFailures;
import org.acokit.program.mssp.MsspTrack;
import org.acokit.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests {@link PufReader} on CMS's published public use files of 2013-2024 (from the shared data
 * folder) and on small synthetic files.
 */
class PufReaderTest {

  private static final Map<String, Integer> ROWS = new LinkedHashMap<>();

  static {
    ROWS.put("py2013.csv", 220);
    ROWS.put("py2014.csv", 333);
    ROWS.put("py2015-datacms.csv", 392);
    ROWS.put("py2016-datacms.csv", 432);
    ROWS.put("py2017-datacms.csv", 472);
    ROWS.put("py2018.csv", 548);
    ROWS.put("py2019-standardized.csv", 475);
    ROWS.put("py2020-standardized.csv", 513);
    ROWS.put("py2021.csv", 475);
    ROWS.put("py2022.csv", 482);
    ROWS.put("py2023.csv", 453);
    ROWS.put("py2024.csv", 476);
  }

  /** The other per-year files of the folder. */
  private static final List<String> OTHER_FILES = List.of("py2014-datacms.csv", "py2022-reissue.csv");

  // ---------------------------------------------------------------------------------------------
  // Real files

  @Test
  void primaryFilesListTheTwelveYearsInOrder() {
    assertThat(PufReader.PRIMARY_FILES).containsExactlyElementsOf(ROWS.keySet());
    assertThat(PufReader.PRIMARY_FILES.stream().map(name -> PufReader.performanceYearOf(name).getAsInt()))
        .containsExactly(2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024);
  }

  @Test
  void readsEveryRowOfEveryPrimaryFile() {
    Path dir = SharedData.pufDir();
    for (Map.Entry<String, Integer> file : ROWS.entrySet()) {
      ValueWithFailures<PufRecord> read = PufReader.read(dir.resolve(file.getKey()));
      assertThat(read.failures()).as(file.getKey()).isEmpty();
      assertThat(read.values()).as(file.getKey()).hasSize(file.getValue());
      int year = PufReader.performanceYearOf(file.getKey()).getAsInt();
      assertThat(read.values()).as(file.getKey()).allSatisfy(r -> {
        assertThat(r.performanceYear()).isEqualTo(year);
        assertThat(r.sourceFile()).isEqualTo(file.getKey());
        assertThat(r.acoId()).matches("A\\d{4,5}");
        assertThat(r.acoName()).isNotBlank();
        assertThat(r.track()).isPresent();
        assertThat(r.agreementStart()).isPresent();
        assertThat(r.assignedBeneficiaries()).isPresent();
        assertThat(r.personYears()).isPresent();
        assertThat(r.totalBenchmarkExpenditures()).isPresent();
        assertThat(r.totalExpenditures()).isPresent();
        assertThat(r.earnedSavingsLosses()).isPresent();
        assertThat(r.minimumSavingsRate()).isPresent();
        assertThat(r.finalSharingRate()).isPresent();
        assertThat(r.qualityScore().isPresent() || r.payForReporting()).isTrue();
        assertThat(r.track().get().isOfferedIn(year) || year == 2013).as("%s in %d", r.track(), year).isTrue();
      });
      assertThat(read.values().stream().map(PufRecord::row).collect(Collectors.toList()))
          .as("row numbers of %s", file.getKey()).isSorted().doesNotHaveDuplicates();
    }
  }

  @Test
  void readsAllPrimaryFilesInYearOrder() {
    ValueWithFailures<PufRecord> all = PufReader.readPrimaryFiles(SharedData.pufDir());
    assertThat(all.isComplete()).isTrue();
    assertThat(all.values()).hasSize(5271);
    assertThat(all.values().stream().map(PufRecord::performanceYear).collect(Collectors.toList())).isSorted();
    Map<Integer, Long> perYear = all.values().stream()
        .collect(Collectors.groupingBy(PufRecord::performanceYear, Collectors.counting()));
    assertThat(perYear).containsEntry(2013, 220L).containsEntry(2018, 548L).containsEntry(2024, 476L).hasSize(12);
  }

  @Test
  void readsTheOtherPerYearFiles() {
    Path dir = SharedData.pufDir();
    for (String name : OTHER_FILES) {
      ValueWithFailures<PufRecord> read = PufReader.read(dir.resolve(name));
      assertThat(read.failures()).as(name).isEmpty();
    }
    // data.cms.gov's 2014 re-publication rounds the rates to four digits; the values agree.
    Map<String, PufRecord> original = byId(PufReader.read(dir.resolve("py2014.csv")));
    Map<String, PufRecord> datacms = byId(PufReader.read(dir.resolve("py2014-datacms.csv")));
    assertThat(datacms.keySet()).isEqualTo(original.keySet()).hasSize(333);
    for (PufRecord r : datacms.values()) {
      PufRecord o = original.get(r.acoId());
      assertThat(r.savingsRate().getAsDouble()).as(r.acoId()).isCloseTo(o.savingsRate().getAsDouble(), within(0.00006));
      assertThat(r.minimumSavingsRate().getAsDouble()).as(r.acoId())
          .isCloseTo(o.minimumSavingsRate().getAsDouble(), within(0.00006));
      assertThat(r.earnedSavingsLosses()).isEqualTo(o.earnedSavingsLosses());
      assertThat(r.payForReporting()).isEqualTo(o.payForReporting());
      assertThat(r.track()).isEqualTo(o.track());
      assertThat(r.agreementStart()).isEqualTo(o.agreementStart());
      if (o.qualityScore().isPresent()) {
        assertThat(r.qualityScore().getAsDouble()).isCloseTo(o.qualityScore().getAsDouble(), within(0.0051));
      }
    }
    // CMS's 2022 re-issue: the same rows; only A1080's EarnSaveLoss differs (1,068,416 in the original).
    Map<String, PufRecord> first = byId(PufReader.read(dir.resolve("py2022.csv")));
    Map<String, PufRecord> reissue = byId(PufReader.read(dir.resolve("py2022-reissue.csv")));
    assertThat(reissue.keySet()).isEqualTo(first.keySet()).hasSize(482);
    List<String> differing = new ArrayList<>();
    for (PufRecord r : reissue.values()) {
      PufRecord o = first.get(r.acoId());
      assertThat(r.savingsRate()).isEqualTo(o.savingsRate());
      assertThat(r.track()).isEqualTo(o.track());
      assertThat(r.totalBenchmarkExpenditures()).isEqualTo(o.totalBenchmarkExpenditures());
      if (!r.earnedSavingsLosses().equals(o.earnedSavingsLosses())) {
        differing.add(r.acoId());
      }
    }
    assertThat(differing).containsExactly("A1080");
    assertThat(first.get("A1080").earnedSavingsLosses()).hasValue(1_068_416);
    assertThat(reissue.get("A1080").earnedSavingsLosses()).hasValue(0);
  }

  @Test
  void ratesAreFractionsInEveryFile() {
    Path dir = SharedData.pufDir();
    List<String> files = new ArrayList<>(ROWS.keySet());
    files.addAll(OTHER_FILES);
    for (String name : files) {
      for (PufRecord r : PufReader.read(dir.resolve(name)).values()) {
        String where = name + " " + r.acoId();
        double benchmark = r.totalBenchmarkExpenditures().getAsDouble();
        double expenditure = r.totalExpenditures().getAsDouble();
        if (r.savingsRate().isPresent()) {
          // Rounded to 4 digits (data.cms.gov, standardized files, 2021-2023's x.xx%) or to 2 digits of a percent.
          assertThat(r.savingsRate().getAsDouble()).as(where)
              .isCloseTo((benchmark - expenditure) / benchmark, within(0.000051));
        }
        r.generatedSavingsLosses().ifPresent(g -> {
          if (g != 0) {
            assertThat(g).as(where).isCloseTo(benchmark - expenditure, within(1.0));
          }
        });
        // The sliding-scale MSR tops out near 12% for the smallest ACOs CMS still settled; one 2017 ACO with
        // 152 beneficiaries (A05696) was published with 25.42%.
        assertThat(r.minimumSavingsRate().getAsDouble()).as(where)
            .isBetween(0.0, r.assignedBeneficiaries().getAsInt() < 500 ? 0.30 : 0.13);
        assertThat(r.finalSharingRate().getAsDouble()).as(where).isBetween(0.0, 1.0);
        r.qualityScore().ifPresent(q -> assertThat(q).as(where).isBetween(0.0, 1.0));
        r.finalLossRate().ifPresent(q -> assertThat(q).as(where).isBetween(0.0, 1.0));
        r.maximumSharingRate().ifPresent(m -> assertThat(m).as(where).isIn(0.4, 0.5, 0.6, 0.75));
        r.maximumSharingRate().ifPresent(m -> assertThat(r.finalSharingRate().getAsDouble()).as(where)
            .isLessThanOrEqualTo(m + 1e-9));
        r.earnedSavingsLosses().ifPresent(e -> assertThat(Math.abs(e)).as(where).isLessThanOrEqualTo(0.2 * benchmark));
      }
    }
  }

  @Test
  void everyTrackAndLevelIsRead() {
    Map<Integer, Map<MsspTrack, Long>> tracks = PufReader.readPrimaryFiles(SharedData.pufDir()).values().stream()
        .collect(Collectors.groupingBy(PufRecord::performanceYear,
            Collectors.groupingBy(r -> r.track().get(), Collectors.counting())));
    assertThat(tracks.get(2013)).containsOnly(Map.entry(MsspTrack.TRACK_1, 215L), Map.entry(MsspTrack.TRACK_2, 5L));
    assertThat(tracks.get(2014)).containsOnly(Map.entry(MsspTrack.TRACK_1, 330L), Map.entry(MsspTrack.TRACK_2, 3L));
    assertThat(tracks.get(2016)).containsOnly(Map.entry(MsspTrack.TRACK_1, 410L), Map.entry(MsspTrack.TRACK_2, 6L),
        Map.entry(MsspTrack.TRACK_3, 16L));
    assertThat(tracks.get(2018)).containsOnly(Map.entry(MsspTrack.TRACK_1, 453L), Map.entry(MsspTrack.TRACK_1_PLUS, 52L),
        Map.entry(MsspTrack.TRACK_2, 7L), Map.entry(MsspTrack.TRACK_3, 36L));
    assertThat(tracks.get(2021)).containsEntry(MsspTrack.BASIC_B, 143L).containsEntry(MsspTrack.ENHANCED, 71L)
        .containsEntry(MsspTrack.TRACK_1_PLUS, 17L).containsEntry(MsspTrack.BASIC_D, 1L).hasSize(10);
    assertThat(tracks.get(2022)).containsOnly(Map.entry(MsspTrack.BASIC_A, 29L), Map.entry(MsspTrack.BASIC_B, 169L),
        Map.entry(MsspTrack.BASIC_C, 25L), Map.entry(MsspTrack.BASIC_D, 15L), Map.entry(MsspTrack.BASIC_E, 98L),
        Map.entry(MsspTrack.ENHANCED, 146L));
    assertThat(tracks.get(2024)).containsEntry(MsspTrack.ENHANCED, 205L).hasSize(6);
  }

  @Test
  void a1540InEveryYearFromItsSettlementReport() {
    Path dir = SharedData.pufDir();
    PufRecord r = find(dir, "py2022.csv", "A1540");
    assertThat(r.acoName()).isEqualTo("ACO Health Partners, LLC");
    assertThat(r.performanceYear()).isEqualTo(2022);
    assertThat(r.assignedBeneficiaries()).hasValue(7207);
    assertThat(r.personYears()).hasValue(6999);
    assertThat(r.track()).contains(MsspTrack.BASIC_B);
    assertThat(r.agreementStart()).contains(LocalDate.of(2019, 7, 1));
    assertThat(r.agreementPeriodNumber()).isPresent();
    // The report's [Y] is 2,883,145.53; the PUF publishes whole dollars.
    assertThat(r.earnedSavingsLosses().getAsDouble()).isCloseTo(2_883_145.53, within(0.5));
    assertThat(r.generatedSavingsLosses()).hasValue(7_354_963);
    assertThat(r.totalBenchmarkExpenditures()).hasValue(98_947_417);
    assertThat(r.totalExpenditures()).hasValue(91_592_454);
    assertThat(r.savingsRate().getAsDouble()).isCloseTo(0.0743, within(1e-12));
    assertThat(r.minimumSavingsRate().getAsDouble()).isCloseTo(0.0336, within(1e-12));
    assertThat(r.qualityScore().getAsDouble()).isCloseTo(0.7326, within(1e-12));
    assertThat(r.finalSharingRate().getAsDouble()).isCloseTo(0.40, within(1e-12));
    assertThat(r.payForReporting()).isFalse();
    assertThat(r.metQualityStandard()).contains(true);
    assertThat(r.metAlternativeQualityStandard()).isEmpty();
    assertThat(r.disasterAdjustment()).isEmpty();
    assertThat(r.revenueCategory()).contains("Low Revenue");
    assertThat(r.column("current_track")).contains("B");
    assertThat(r.columns()).containsEntry("N_AB", "7207");

    PufRecord y2020 = find(dir, "py2020-standardized.csv", "A1540");
    assertThat(y2020.track()).contains(MsspTrack.BASIC_B);
    assertThat(y2020.agreementStart()).contains(LocalDate.of(2019, 7, 1));
    assertThat(y2020.assignedBeneficiaries()).hasValue(3832);
    assertThat(y2020.finalSharingRate().getAsDouble()).isCloseTo(0.39, within(1e-12));
    assertThat(y2020.earnedSavingsLosses()).hasValue(2_419_312);
    assertThat(y2020.maximumSharingRate()).isEmpty();

    PufRecord y2021 = find(dir, "py2021.csv", "A1540");
    assertThat(y2021.assignedBeneficiaries()).hasValue(8556);
    assertThat(y2021.totalBenchmarkExpenditures()).hasValue(112_208_654);
    assertThat(y2021.savingsRate().getAsDouble()).isCloseTo(0.0291, within(1e-12));
    assertThat(y2021.qualityScore().getAsDouble()).isCloseTo(0.7624, within(1e-12));
    assertThat(y2021.maximumSharingRate().getAsDouble()).isCloseTo(0.40, within(1e-12));
    assertThat(y2021.track()).contains(MsspTrack.BASIC_B);

    PufRecord y2018 = find(dir, "py2018.csv", "A1540");
    assertThat(y2018.agreementStart()).contains(LocalDate.of(2016, 1, 1));
    assertThat(y2018.track()).contains(MsspTrack.TRACK_1);
    assertThat(y2018.savingsRate().getAsDouble()).isCloseTo(0.070523782, within(1e-12));
    assertThat(y2018.qualityScore().getAsDouble()).isCloseTo(0.8369, within(1e-12));
    assertThat(y2018.revenueLossLimit()).contains(false);
  }

  @Test
  void the2013FileIsReadByPosition() {
    Path dir = SharedData.pufDir();
    PufRecord palmBeach = find(dir, "py2013.csv", "A67373");
    assertThat(palmBeach.acoName()).isEqualTo("Palm Beach Accountable Care Organization, LLC");
    assertThat(palmBeach.agreementStart()).contains(LocalDate.of(2012, 7, 1));
    assertThat(palmBeach.track()).contains(MsspTrack.TRACK_1);
    assertThat(palmBeach.payForReporting()).isTrue();
    assertThat(palmBeach.qualityScore()).isEmpty();
    assertThat(palmBeach.maximumSharingRate()).hasValue(0.5);
    assertThat(palmBeach.finalSharingRate()).hasValue(0.5);
    assertThat(palmBeach.minimumSavingsRate()).hasValue(0.023373146);
    assertThat(palmBeach.totalBenchmarkExpenditures()).hasValue(613_084_880.40);
    assertThat(palmBeach.totalExpenditures()).hasValue(573_516_045.50);
    assertThat(palmBeach.generatedSavingsLosses()).hasValue(39_568_834.84);
    assertThat(palmBeach.earnedSavingsLosses()).hasValue(19_388_729.07);
    assertThat(palmBeach.assignedBeneficiaries()).hasValue(36268);
    assertThat(palmBeach.personYears().getAsDouble()).isCloseTo(29_883.83333, within(1e-9));
    assertThat(palmBeach.savingsRate()).isEmpty();
    // columns() keeps the published, misaligned headers.
    assertThat(palmBeach.column("Total savings/losses ($)")).contains("$573516045.50");

    PufRecord lossSharing = find(dir, "py2013.csv", "A14269");
    assertThat(lossSharing.track()).contains(MsspTrack.TRACK_2);
    assertThat(lossSharing.generatedSavingsLosses()).hasValue(-9_966_380.30);
    assertThat(lossSharing.earnedSavingsLosses()).hasValue(-3_986_552.12);
    assertThat(lossSharing.maximumSharingRate()).hasValue(0.6);

    // Quality not reported: no sharing despite savings above the MSR.
    PufRecord notReported = find(dir, "py2013.csv", "A59303");
    assertThat(notReported.payForReporting()).isFalse();
    assertThat(notReported.qualityScore()).hasValue(0.0);
    assertThat(notReported.finalSharingRate()).hasValue(0.0);
    assertThat(notReported.generatedSavingsLosses()).hasValue(21_691_300.91);
    assertThat(notReported.earnedSavingsLosses()).hasValue(0.0);

    List<PufRecord> all = PufReader.read(dir.resolve("py2013.csv")).values();
    assertThat(all.stream().filter(PufRecord::payForReporting)).hasSize(209);
    assertThat(all.stream().filter(r -> r.earnedSavingsLosses().getAsDouble() < 0)).hasSize(1);
    assertThat(all.stream().filter(r -> r.earnedSavingsLosses().getAsDouble() > 0)).hasSize(52);
    assertThat(all.stream().mapToDouble(r -> r.earnedSavingsLosses().getAsDouble()).filter(e -> e > 0).sum())
        .isBetween(3.0e8, 3.5e8);
  }

  @Test
  void spotChecksOfOtherYears() {
    Path dir = SharedData.pufDir();
    PufRecord y2014 = find(dir, "py2014.csv", "A67373");
    assertThat(y2014.savingsRate().getAsDouble()).isCloseTo(0.07135345566, within(1e-12));
    assertThat(y2014.minimumSavingsRate().getAsDouble()).isCloseTo(0.02353985133, within(1e-12));
    assertThat(y2014.qualityScore().getAsDouble()).isCloseTo(0.916964286, within(1e-12));
    assertThat(y2014.finalSharingRate().getAsDouble()).isCloseTo(0.458482143, within(1e-12));
    assertThat(y2014.personYears().getAsDouble()).isCloseTo(33_676.33333, within(1e-9));
    assertThat(y2014.earnedSavingsLosses()).hasValue(14_455_933);
    assertThat(y2014.agreementStart()).contains(LocalDate.of(2012, 7, 1));
    List<PufRecord> all2014 = PufReader.read(dir.resolve("py2014.csv")).values();
    // 119 ACOs in their first year (P4R); 3 of them did not report (final sharing rate 0).
    assertThat(all2014.stream().filter(r -> "P4R".equals(r.column("QualScore").orElse("")))).hasSize(119)
        .allSatisfy(r -> assertThat(r.agreementStart()).contains(LocalDate.of(2014, 1, 1)));
    assertThat(all2014.stream().filter(PufRecord::payForReporting)).hasSize(116)
        .allSatisfy(r -> assertThat(r.qualityScore()).isEmpty());
    PufRecord notReported2014 = find(dir, "py2014.csv", "A80939");
    assertThat(notReported2014.column("QualScore")).contains("P4R");
    assertThat(notReported2014.payForReporting()).isFalse();
    assertThat(notReported2014.qualityScore()).hasValue(0.0);
    assertThat(notReported2014.finalSharingRate()).hasValue(0.0);
    assertThat(notReported2014.earnedSavingsLosses()).hasValue(0.0);

    PufRecord y2015 = find(dir, "py2015-datacms.csv", "A67373");
    assertThat(y2015.qualityScore().getAsDouble()).isCloseTo(0.9808, within(1e-12));
    assertThat(y2015.finalSharingRate().getAsDouble()).isCloseTo(0.4904, within(1e-12));
    assertThat(y2015.maximumSharingRate().getAsDouble()).isCloseTo(0.5, within(1e-12));
    assertThat(y2015.savingsRate().getAsDouble()).isCloseTo(0.0948, within(1e-12));
    assertThat(y2015.minimumSavingsRate().getAsDouble()).isCloseTo(0.02, within(1e-12));
    assertThat(y2015.agreementStart()).contains(LocalDate.of(2012, 7, 1));
    List<PufRecord> all2015 = PufReader.read(dir.resolve("py2015-datacms.csv")).values();
    // 89 first-year ACOs with a blank QualScore; one of them (A75625) did not report.
    assertThat(all2015.stream().filter(PufRecord::payForReporting)).hasSize(88)
        .allSatisfy(r -> assertThat(r.agreementStart()).contains(LocalDate.of(2015, 1, 1)));
    assertThat(find(dir, "py2015-datacms.csv", "A75625").qualityScore()).hasValue(0.0);

    PufRecord y2016 = find(dir, "py2016-datacms.csv", "A04423");
    assertThat(y2016.track()).contains(MsspTrack.TRACK_3);
    assertThat(y2016.earnedSavingsLosses()).hasValue(-2_532_113);
    assertThat(y2016.agreementStart()).contains(LocalDate.of(2016, 1, 1));
    assertThat(y2016.agreementPeriodNumber()).hasValue(2);
    assertThat(y2016.metQualityStandard()).contains(true);

    // 2017: ACO_Num is the last column; DisAdj from 2017; dates with a time.
    PufRecord y2017 = find(dir, "py2017-datacms.csv", "A03907");
    assertThat(y2017.acoName()).isEqualTo("MedStar Accountable Care, LLC");
    assertThat(y2017.disasterAdjustment()).hasValue(-8908);
    assertThat(y2017.earnedSavingsLosses()).hasValue(-2_997_653);
    assertThat(y2017.agreementStart()).contains(LocalDate.of(2016, 1, 1));
    assertThat(y2017.maximumSharingRate()).hasValue(0.75);

    PufRecord y2018 = find(dir, "py2018.csv", "A1033");
    assertThat(y2018.track()).contains(MsspTrack.TRACK_1_PLUS);
    assertThat(y2018.assignedBeneficiaries()).hasValue(127_371);
    assertThat(y2018.minimumSavingsRate()).hasValue(0.0);

    // 2021: quoted thousands separators, % strings next to a bare percent QualScore.
    PufRecord y2021 = find(dir, "py2021.csv", "A1052");
    assertThat(y2021.assignedBeneficiaries()).hasValue(6809);
    assertThat(y2021.personYears()).hasValue(6596);
    assertThat(y2021.generatedSavingsLosses()).hasValue(-877_620);
    assertThat(y2021.disasterAdjustment()).hasValue(-263_286);
    assertThat(y2021.savingsRate().getAsDouble()).isCloseTo(-0.0128, within(1e-12));
    assertThat(y2021.minimumSavingsRate().getAsDouble()).isCloseTo(0.005, within(1e-12));
    assertThat(y2021.qualityScore().getAsDouble()).isCloseTo(0.9379, within(1e-12));
    assertThat(y2021.revenueLossLimit()).contains(true);

    PufRecord y2023 = find(dir, "py2023.csv", "A1488");
    assertThat(y2023.track()).contains(MsspTrack.ENHANCED);
    assertThat(y2023.finalLossRate().getAsDouble()).isCloseTo(0.4582, within(1e-12));
    assertThat(y2023.metAlternativeQualityStandard()).isEmpty();
    assertThat(y2023.disasterAdjustment()).hasValue(0);

    // 2024: bare percent numbers, '-' for not applicable, the reduced sharing rate.
    PufRecord reduced = find(dir, "py2024.csv", "A5328");
    assertThat(reduced.track()).contains(MsspTrack.BASIC_A);
    assertThat(reduced.reducedSharingRate()).contains(true);
    assertThat(reduced.finalSharingRate().getAsDouble()).isCloseTo(0.20, within(1e-12));
    assertThat(reduced.savingsRate().getAsDouble()).isCloseTo(0.0003, within(1e-12));
    assertThat(reduced.minimumSavingsRate().getAsDouble()).isCloseTo(0.0301, within(1e-12));
    assertThat(reduced.qualityScore().getAsDouble()).isCloseTo(0.6325, within(1e-12));
    assertThat(reduced.finalLossRate()).isEmpty();
    assertThat(reduced.disasterAdjustment()).isEmpty();
    assertThat(reduced.earnedSavingsLosses()).hasValue(6288);
    assertThat(reduced.agreementStart()).contains(LocalDate.of(2024, 1, 1));
    PufRecord alternative = find(dir, "py2024.csv", "A1490");
    assertThat(alternative.metQualityStandard()).contains(false);
    assertThat(alternative.metAlternativeQualityStandard()).contains(true);
    assertThat(alternative.finalSharingRate().getAsDouble()).isCloseTo(0.3064, within(1e-12));
  }

  @Test
  void readsTheMultiYearStandardizedFile() {
    ValueWithFailures<PufRecord> read = PufReader.readMultiYear(
        SharedData.pufDir().resolve("all-years-2013-2021-standardized.csv"));
    // The standardized all-years file has no ACO identifier for 2013-2017.
    assertThat(read.failures()).hasSize(220 + 333 + 392 + 432 + 472)
        .allSatisfy(f -> {
          assertThat(f.message()).contains("aco_id: the ACO identifier is missing");
          assertThat(f.code()).isEqualTo(FailureCode.MISSING_VALUE);
          assertThat(f.path()).isEqualTo("aco_id");
          assertThat(f.value()).isEmpty();
        });
    assertThat(read.failedRows()).isEqualTo(220 + 333 + 392 + 432 + 472);
    assertThat(read.values()).hasSize(548 + 475 + 513 + 475);
    Map<Integer, Long> perYear = read.values().stream()
        .collect(Collectors.groupingBy(PufRecord::performanceYear, Collectors.counting()));
    assertThat(perYear).containsOnly(Map.entry(2018, 548L), Map.entry(2019, 475L), Map.entry(2020, 513L),
        Map.entry(2021, 475L));
    PufRecord a1540 = read.values().stream().filter(r -> r.performanceYear() == 2021 && r.acoId().equals("A1540"))
        .findFirst().orElseThrow();
    PufRecord original = find(SharedData.pufDir(), "py2021.csv", "A1540");
    assertThat(a1540.track()).isEqualTo(original.track());
    assertThat(a1540.earnedSavingsLosses()).isEqualTo(original.earnedSavingsLosses());
    assertThat(a1540.assignedBeneficiaries()).isEqualTo(original.assignedBeneficiaries());
    assertThat(a1540.agreementStart()).isEqualTo(original.agreementStart());
    assertThat(a1540.savingsRate().getAsDouble()).isCloseTo(original.savingsRate().getAsDouble(), within(0.00005));
    assertThat(a1540.maximumSharingRate()).hasValue(0.4);
    // The re-export's 2021 QualScore differs from CMS's file for 347 of 475 ACOs (A1540: 0.7723 vs 76.24%).
    assertThat(a1540.qualityScore()).hasValue(0.7723);
    assertThat(original.qualityScore().getAsDouble()).isCloseTo(0.7624, within(1e-12));
    assertThat(read.values()).allSatisfy(r -> {
      assertThat(r.qualityScore().getAsDouble()).isBetween(0.0, 1.0);
      assertThat(r.finalSharingRate().getAsDouble()).isBetween(0.0, 0.75);
      assertThat(r.track()).isPresent();
    });
  }

  @Test
  void aMissingFileOrFolderIsNamed() {
    Path dir = SharedData.pufDir();
    assertThatThrownBy(() -> PufReader.readPrimaryFiles(dir.resolve("no-such-folder")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-folder");
    assertThatThrownBy(() -> PufReader.read(dir.resolve("py2099.csv")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("py2099.csv")
        .hasMessageContaining("does not exist");
    assertThatThrownBy(() -> PufReader.read(dir.resolve("all-years-2013-2021-standardized.csv")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("readMultiYear");
    assertThatThrownBy(() -> PufReader.readMultiYear(dir.resolve("py2022.csv")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no performance_year");
  }

  // ---------------------------------------------------------------------------------------------
  // Synthetic files

  private static final String HEADER = "ACO_ID,ACO_Name,Current_Start_Date,Current_Track,N_AB,N_AB_Year_PY,"
      + "Sav_rate,MinSavPerc,GenSaveLoss,EarnSaveLoss,QualScore,ABtotBnchmk,ABtotExp,FinalShareRate,Met_QPS,DisAdj";

  @Test
  void aBadRowIsAFailureAndTheOtherRowsAreRead(@TempDir Path tmp) throws IOException {
    Path file = write(tmp, "py2022.csv", HEADER,
        "A0001,\"First ACO, LLC\",07/01/2019,B,\"7,207\",6999,7.43%,3.36%,7354963,2883146,73.26%,98947417,91592454,"
            + "40.00%,1,",
        "A0002,Second ACO,2019-07-01,EN,abc,6999,7.43%,3.36%,7354963,2883146,73.26%,98947417,91592454,40.00%,1,",
        "A0003,Third ACO,01JAN2022,E,5000,4900,-2.00%,2.00%,(1000000),\"(300,000)\",80.00%,50000000,51000000,"
            + "50.00%,Y,-",
        "",
        "");
    ValueWithFailures<PufRecord> read = PufReader.read(file);
    assertThat(read.values()).extracting(PufRecord::acoId).containsExactly("A0001", "A0003");
    assertThat(read.values()).extracting(PufRecord::row).containsExactly(1, 3);
    assertThat(read.failures()).hasSize(1);
    Failure failure = read.failures().get(0);
    assertThat(failure.source()).hasValue("py2022.csv");
    assertThat(failure.row()).hasValue(2);
    assertThat(failure.code()).isEqualTo(FailureCode.UNPARSEABLE);
    assertThat(failure.path()).isEqualTo("N_AB");
    assertThat(failure.value()).hasValue("abc");
    assertThat(failure.message()).contains("N_AB").contains("'abc'").contains("whole number");

    PufRecord first = read.values().get(0);
    assertThat(first.acoName()).isEqualTo("First ACO, LLC");
    assertThat(first.assignedBeneficiaries()).hasValue(7207);
    assertThat(first.savingsRate().getAsDouble()).isCloseTo(0.0743, within(1e-12));
    assertThat(first.disasterAdjustment()).isEmpty();
    PufRecord third = read.values().get(1);
    assertThat(third.agreementStart()).contains(LocalDate.of(2022, 1, 1));
    assertThat(third.track()).contains(MsspTrack.BASIC_E);
    assertThat(third.generatedSavingsLosses()).hasValue(-1_000_000);
    assertThat(third.earnedSavingsLosses()).hasValue(-300_000);
    assertThat(third.savingsRate().getAsDouble()).isCloseTo(-0.02, within(1e-12));
    assertThat(third.metQualityStandard()).contains(true);
    assertThat(third.disasterAdjustment()).isEmpty();
  }

  @Test
  void everyProblemOfARowIsNamed(@TempDir Path tmp) throws IOException {
    Path file = write(tmp, "py2023.csv", HEADER,
        ",No Id,13/45/2019,Z,100,90,x%,1%,$1.2.3,0,80%,1000,900,50%,maybe,0");
    ValueWithFailures<PufRecord> read = PufReader.read(file);
    assertThat(read.values()).isEmpty();
    // One failure per bad cell, all of row 1, each with its code, column and value.
    assertThat(read.failures()).allSatisfy(f -> assertThat(f.row()).hasValue(1));
    assertThat(read.failedRows()).isEqualTo(1);
    assertThat(read.failures()).extracting(Failure::code, Failure::path, f -> f.value().orElse(null))
        .containsExactlyInAnyOrder(
            tuple(FailureCode.MISSING_VALUE, "ACO_ID", null),
            tuple(FailureCode.UNPARSEABLE, "Current_Start_Date", "13/45/2019"),
            tuple(FailureCode.INVALID_VALUE, "Current_Track", "Z"),
            tuple(FailureCode.UNPARSEABLE, "Sav_rate", "x%"),
            tuple(FailureCode.UNPARSEABLE, "GenSaveLoss", "$1.2.3"),
            tuple(FailureCode.UNPARSEABLE, "Met_QPS", "maybe"));
    assertThat(read.failures()).extracting(Failure::message).anySatisfy(m -> assertThat(m)
        .contains("ACO_ID: the ACO identifier is missing"))
        .anySatisfy(m -> assertThat(m).contains("Current_Start_Date: '13/45/2019' is not a date"))
        .anySatisfy(m -> assertThat(m).contains("Current_Track: 'Z' is not a track"))
        .anySatisfy(m -> assertThat(m).contains("Sav_rate: 'x%' is not a rate"))
        .anySatisfy(m -> assertThat(m).contains("GenSaveLoss: '$1.2.3' is not a number"))
        .anySatisfy(m -> assertThat(m).contains("Met_QPS: 'maybe' is not a yes/no flag"));
  }

  @Test
  void readsByteOrderMarksPercentDetectionAndMarkers(@TempDir Path tmp) throws IOException {
    // Lower-case standardized names, a BOM, CRLF, track flags, fractions, the markers of empty cells.
    String text = "\uFEFFaco_id,aco_name,current_start_date,current_track_1,current_basic_b,current_enhanced,n_ab,"
        + "sav_rate,minsavperc,qualscore,finalsharerate,maxsharerate,revlosslimit,disadj,performance_year\r\n"
        + "A0001,One,7/1/2019,0,1,0,5000,0.0743,0.0336,0.9217,0.39,NA,0,*,2020\r\n"
        + "A0002,Two,1/1/18,1,0,0,6000,-0.01,0.02,1,0.5,N/A,FALSE,.,2020\r\n"
        + "A0003,Three,1/1/2020,0,1,1,6000,-0.01,0.02,1,0.5,,0,,2020\r\n"
        + "A0004,Four,1/1/2020,0,0,0,6000,-0.01,0.02,1,0.5,,0,,2020\r\n"
        + "A0005,Five,1/1/2020,0,0,1,6000,-0.01,0.02,1,0.5,,0,,2021\r\n";
    Path file = tmp.resolve("py2020-standardized.csv");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    ValueWithFailures<PufRecord> read = PufReader.read(file);
    assertThat(read.values()).extracting(PufRecord::acoId).containsExactly("A0001", "A0002");
    PufRecord one = read.values().get(0);
    assertThat(one.track()).contains(MsspTrack.BASIC_B);
    assertThat(one.agreementStart()).contains(LocalDate.of(2019, 7, 1));
    assertThat(one.savingsRate()).hasValue(0.0743);
    assertThat(one.qualityScore()).hasValue(0.9217);
    assertThat(one.maximumSharingRate()).isEmpty();
    assertThat(one.disasterAdjustment()).isEmpty();
    assertThat(one.revenueLossLimit()).contains(false);
    assertThat(one.columns()).containsKey("aco_id");
    PufRecord two = read.values().get(1);
    assertThat(two.track()).contains(MsspTrack.TRACK_1);
    assertThat(two.agreementStart()).contains(LocalDate.of(2018, 1, 1));
    assertThat(two.qualityScore()).hasValue(1.0);
    assertThat(read.failures()).extracting(f -> f.row().getAsInt()).containsExactly(3, 4, 5);
    assertThat(read.failures()).extracting(Failure::code).containsExactly(FailureCode.INCONSISTENT,
        FailureCode.MISSING_VALUE, FailureCode.INCONSISTENT);
    assertThat(read.failures()).extracting(Failure::path).containsExactly("current_basic_b, current_enhanced",
        "current_track_1, current_basic_b, current_enhanced", "performance_year");
    assertThat(read.failures().get(2).value()).hasValue("2021");
    assertThat(read.failures().get(0).message()).contains("current_basic_b, current_enhanced are all set");
    assertThat(read.failures().get(1).message()).contains("no track flag is set");
    assertThat(read.failures().get(2).message())
        .contains("performance_year: 2021 does not match the performance year 2020");
  }

  @Test
  void percentColumnsAreRecognisedFromTheirValues(@TempDir Path tmp) throws IOException {
    // 2014 original: Sav_rate and MinSavPerc in percent, QualScore and FinalShareRate as fractions, P4R.
    Path file = write(tmp, "py2014.csv",
        "ACO_Num,ACO_NAME,Start_Date,Track1,Track2,N_AB,Sav_rate,MinSavPerc,QualScore,FinalShareRate,QualPerfShare,"
            + "EarnSaveLoss,ABtotBnchmk,ABtotExp,N_AB_Year",
        "A11111,One,01/01/2014,1,0,5000,-0.5,2.5,P4R,0.5,0.5,0,100,100.5,4900.5",
        "A22222,Two,04/01/2012,0,1,6000,7.1,2,0.9,0.54,0.6,10,100,92.9,5900",
        "A33333,Three,07/01/2012,1,0,6000,0.4,3.1,,0.5,0.5,0,100,99.6,5900",
        "A44444,Four,01/01/2014,1,0,6000,4,3.1,P4R,0,0.5,0,100,96,5900");
    ValueWithFailures<PufRecord> read = PufReader.read(file);
    assertThat(read.failures()).isEmpty();
    PufRecord one = read.values().get(0);
    assertThat(one.savingsRate().getAsDouble()).isCloseTo(-0.005, within(1e-12));
    assertThat(one.minimumSavingsRate().getAsDouble()).isCloseTo(0.025, within(1e-12));
    assertThat(one.payForReporting()).isTrue();
    assertThat(one.qualityScore()).isEmpty();
    assertThat(one.personYears()).hasValue(4900.5);
    PufRecord two = read.values().get(1);
    assertThat(two.track()).contains(MsspTrack.TRACK_2);
    assertThat(two.qualityScore()).hasValue(0.9);
    assertThat(two.finalSharingRate()).hasValue(0.54);
    assertThat(two.agreementStart()).contains(LocalDate.of(2012, 4, 1));
    assertThat(read.values().get(2).payForReporting()).isTrue();
    PufRecord notReported = read.values().get(3);
    assertThat(notReported.payForReporting()).isFalse();
    assertThat(notReported.qualityScore()).hasValue(0.0);
  }

  @Test
  void malformedCsvIsAFailureOfItsRowAndTheOtherRowsAreKept(@TempDir Path tmp) throws IOException {
    Path file = write(tmp, "py2022.csv", HEADER,
        "A0001,One,7/1/2019,B,100,90,1%,1%,0,0,80%,1000,990,40%,1,0",
        "A0002,\"Two\"x,7/1/2019,B,100,90,1%,1%,0,0,80%,1000,990,40%,1,0",
        "A0003,Three,7/1/2019,B,100,90,1%,1%,0,0,80%,1000,990,40%,1,0");
    ValueWithFailures<PufRecord> read = PufReader.read(file);
    assertThat(read.values()).extracting(PufRecord::acoId).containsExactly("A0001", "A0003");
    assertThat(read.failures()).singleElement().satisfies(f -> {
      assertThat(f.row()).hasValue(2);
      assertThat(f.code()).isEqualTo(FailureCode.UNPARSEABLE);
      assertThat(f.path()).isEmpty();
      assertThat(f.message()).startsWith("line 3: the row is not valid CSV");
    });
  }

  @Test
  void oneOddRowDoesNotRescaleTheOthersAndIsARowFailure(@TempDir Path tmp) throws IOException {
    // Fractions, and one row written as a percent: before, the 50 made the whole column percent
    // and every other rate 100 times too small.
    Path file = write(tmp, "py2024.csv", "ACO_ID,Current_Track,Sav_rate,FinalShareRate",
        "A1,B,0.05,0.4", "A2,B,50,0.4", "A3,B,0.031,0.5", "A4,B,-0.012,0.4");
    ValueWithFailures<PufRecord> read = PufReader.read(file);
    assertThat(read.values()).extracting(PufRecord::acoId).containsExactly("A1", "A3", "A4");
    assertThat(read.values().get(1).savingsRate()).hasValue(0.031);
    assertThat(read.failures()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FailureCode.RATE_OUT_OF_RANGE);
      assertThat(f.row()).hasValue(2);
      assertThat(f.path()).isEqualTo("Sav_rate");
      assertThat(f.value()).hasValue("50");
      assertThat(f.message()).contains("beyond 1 in a column of fractions");
    });
    // Percents with one odd fraction-looking row: the column stays in percent.
    Path percents = write(tmp, "py2023.csv", "ACO_ID,Current_Track,Sav_rate",
        "A1,B,5", "A2,B,0.4", "A3,B,3");
    assertThat(PufReader.read(percents).values()).extracting(r -> r.savingsRate().getAsDouble())
        .containsExactly(0.05, 0.004, 0.03);
  }

  @Test
  void anAcoGivenTwiceInAYearFailsBothRowsNamingEachOther(@TempDir Path tmp) throws IOException {
    Path file = write(tmp, "py2022.csv", "ACO_ID,Current_Track", "A1,B", "A2,B", "A1,C");
    ValueWithFailures<PufRecord> read = PufReader.read(file);
    assertThat(read.values()).extracting(PufRecord::acoId).containsExactly("A2");
    assertThat(read.failures()).extracting(f -> f.row().getAsInt()).containsExactly(1, 3);
    assertThat(read.failures()).allSatisfy(f -> {
      assertThat(f.code()).isEqualTo(FailureCode.INCONSISTENT);
      assertThat(f.path()).isEqualTo("ACO_ID");
      assertThat(f.value()).hasValue("A1");
      assertThat(f.message()).contains("ACO A1 is given twice for performance year 2022, in row 1 and row 3");
    });
    // In a multi-year file the same ACO in two years is two records.
    Path multi = write(tmp, "all.csv", "ACO_ID,Current_Track,performance_year", "A1,B,2022", "A1,B,2023");
    assertThat(PufReader.readMultiYear(multi).values()).hasSize(2);
  }

  @Test
  void aFileCutShortOrWithABadByteLosesOnlyThoseRows(@TempDir Path tmp) throws IOException {
    Path file = tmp.resolve("py2022.csv");
    byte[] good = (HEADER + "\nA0001,One,7/1/2019,B,100,90,1%,1%,0,0,80%,1000,990,40%,1,0\n").getBytes(StandardCharsets.UTF_8);
    byte[] bad = "A0002,Caf\u00e9,7/1/2019,B,100,90,1%,1%,0,0,80%,1000,990,40%,1,0\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] rest = "A0003,Three,7/1/2019,B,100,90,1%,1%,0,0,80%,1000,990,40%,1,0\nA0004,Four,7/1/2019,B,1"
        .getBytes(StandardCharsets.UTF_8);
    java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
    all.write(good);
    all.write(bad);
    all.write(rest);
    Files.write(file, all.toByteArray());
    ValueWithFailures<PufRecord> read = PufReader.read(file);
    assertThat(read.values()).extracting(PufRecord::acoId).containsExactly("A0001", "A0003");
    assertThat(read.failures()).extracting(f -> f.row().getAsInt(), Failure::code).containsExactly(
        tuple(2, FailureCode.UNPARSEABLE), tuple(4, FailureCode.INCONSISTENT));
    assertThat(read.failures().get(0).message()).contains("byte 0xE9").contains("not UTF-8");
    assertThat(read.failures().get(1).message()).contains("the row has 5 cells but the header has 16");
  }

  @Test
  void aFileThatIsNotAPublicUseFileIsAFailureNamingIt(@TempDir Path tmp) throws IOException {
    Path empty = write(tmp, "py2022.csv");
    assertThatThrownBy(() -> PufReader.read(empty)).isInstanceOfSatisfying(FailureException.class, e -> {
      assertThat(e.failure().code()).isEqualTo(FailureCode.UNKNOWN_LAYOUT);
      assertThat(e.failure().source()).hasValue("py2022.csv");
    });
    Path other = write(tmp, "py2021.csv", "a,b,c", "1,2,3");
    assertThatThrownBy(() -> PufReader.read(other)).isInstanceOfSatisfying(FailureException.class, e -> {
      assertThat(e.failure().code()).isEqualTo(FailureCode.UNKNOWN_LAYOUT);
      assertThat(e.failure().message()).contains("no ACO identifier column").contains("'a,b,c'");
    });
    assertThatThrownBy(() -> PufReader.read(tmp.resolve("py2020.csv")))
        .isInstanceOfSatisfying(FailureException.class,
            e -> assertThat(e.failure().code()).isEqualTo(FailureCode.MISSING_INPUT));
  }

  @Test
  void aNumberBeyondADoubleIsAFailureOfItsCell(@TempDir Path tmp) throws IOException {
    Path file = write(tmp, "py2022.csv", HEADER,
        "A0001,One,7/1/2019,B,100,90,1%,1%,0,0,80%,1e400,990,40%,1,0");
    assertThat(PufReader.read(file).failures()).singleElement().satisfies(f -> {
      assertThat(f.path()).isEqualTo("ABtotBnchmk");
      assertThat(f.message()).contains("'1e400' is beyond the range of a double");
    });
  }

  @Test
  void theYearComesFromTheFileNameOrIsGiven(@TempDir Path tmp) throws IOException {
    Path named = write(tmp, "aco-results.csv", HEADER,
        "A0001,One,7/1/12,A,100,90,1%,1%,0,0,80%,1000,990,40%,1,0");
    assertThatThrownBy(() -> PufReader.read(named)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("aco-results.csv").hasMessageContaining("performance year");
    PufRecord r = PufReader.read(named, 2019).values().get(0);
    assertThat(r.performanceYear()).isEqualTo(2019);
    assertThat(r.agreementStart()).contains(LocalDate.of(2012, 7, 1));
    assertThatThrownBy(() -> PufReader.read(named, 1999)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1999");
    assertThat(PufReader.performanceYearOf("PY2019-standardized.csv")).hasValue(2019);
    assertThat(PufReader.performanceYearOf("all-years-2013-2021-standardized.csv")).isEmpty();
  }

  @Test
  void aMissingPrimaryFileIsNamed(@TempDir Path tmp) throws IOException {
    write(tmp, "py2013.csv", HEADER);
    assertThatThrownBy(() -> PufReader.readPrimaryFiles(tmp)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(tmp.resolve("py2014.csv").toString())
        .hasMessageContaining(tmp.resolve("py2024.csv").toString())
        .hasMessageNotContaining("py2013.csv");
  }

  @Test
  void a2013FileWithAnotherLayoutIsRefused(@TempDir Path tmp) throws IOException {
    Path file = write(tmp, "py2013.csv", "ACO Identifier,ACO Name,Start Date", "A1,One,1/1/2013");
    assertThatThrownBy(() -> PufReader.read(file)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Track 2 ACO");
  }

  // ---------------------------------------------------------------------------------------------

  private static Path write(Path dir, String name, String... lines) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  private static Map<String, PufRecord> byId(ValueWithFailures<PufRecord> read) {
    return read.values().stream().collect(Collectors.toMap(PufRecord::acoId, Function.identity()));
  }

  private static PufRecord find(Path dir, String file, String acoId) {
    Optional<PufRecord> found = PufReader.read(dir.resolve(file)).values().stream()
        .filter(r -> r.acoId().equals(acoId)).findFirst();
    assertThat(found).as("%s in %s", acoId, file).isPresent();
    return found.get();
  }
}
