/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.puf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Consumer;

import org.acokit.io.Failure;
import org.acokit.io.FailureCode;
import org.acokit.io.FailureException;

import org.acokit.quality.CollectionType;
import org.acokit.quality.MeasureResult;
import org.acokit.quality.RateUnit;

/**
 * Reads the quality-measure columns of a public use file record into typed
 * {@link PufQualityInputs}: the Web Interface, eCQM, MIPS CQM and Medicare CQM, CAHPS and claims
 * measure values of PY2021 on, and the Web Interface values of the PY2018-2022 measure-level
 * extract ({@code quality-measures-subset-2018-2022.csv}).
 * <p>
 * Column names, matched ignoring case: {@code QualityID_nnn} for Web Interface measures, with the
 * suffix {@code _WI} for 001, 134 and 236, which are also reported as eCQM/CQM
 * ({@code QualityID_001_eCQM}, {@code _MIPSCQM}, {@code _MedicareCQM}; PY2021's combined
 * {@code _eCQM-CQM}); 318 is {@code QualityID_318} (the extract's {@code QualityID318});
 * {@code CAHPS_1} ... {@code CAHPS_11}; {@code Measure_479}, {@code Measure_484},
 * {@code Measure_MCC1}. Cells are read with {@link PufCells#measureValue(String)}. Pure
 * functions; thread-safe.
 */
public final class PufQualityColumns {

  /** The Web Interface measures of the APM Performance Pathway (and of PY2020), by MIPS id. */
  public static final List<String> WEB_INTERFACE_MEASURES =
      List.of("001", "110", "112", "113", "134", "226", "236", "318", "370", "438");

  /** The measures also published as eCQM, MIPS CQM and Medicare CQM. */
  public static final List<String> ECQM_CQM_MEASURES = List.of("001", "134", "236");

  private static final int CAHPS_SUMMARY_MEASURES = 11;

  private PufQualityColumns() {
  }

  /**
   * Reads the quality-measure columns of a record.
   *
   * @param record the record
   * @return the typed values
   * @throws FailureException if a measure cell is neither missing nor a number
   *     ({@link FailureCode#UNPARSEABLE}), or a value is not valid in its unit
   *     ({@link FailureCode#INVALID_VALUE}): the first such cell, a row-level failure whose path
   *     is the column and whose message names the file, row, ACO, column and value
   */
  public static PufQualityInputs read(PufRecord record) {
    List<Failure> failures = new ArrayList<>();
    PufQualityInputs inputs = read(record, failures::add);
    if (!failures.isEmpty()) {
      throw new FailureException(failures.get(0));
    }
    return inputs;
  }

  /**
   * Reads the quality-measure columns of a record, reporting every bad cell as a row-level
   * failure; the values of the bad cells are left out of the result.
   *
   * @param record the record
   * @param failures receives one failure per bad cell
   * @return the typed values of the good cells
   */
  static PufQualityInputs read(PufRecord record, Consumer<Failure> failures) {
    Cells cells = new Cells(record, failures);
    PufQualityInputs.Builder b = PufQualityInputs.builder();
    for (String m : WEB_INTERFACE_MEASURES) {
      Optional<String> column = webInterfaceColumn(record, m);
      if (column.isPresent()) {
        OptionalDouble v = cells.value(column.get());
        if (v.isPresent()) {
          cells.result(column.get(), m, CollectionType.CMS_WEB_INTERFACE, RateUnit.PERCENT, v.getAsDouble())
              .ifPresent(b::addWebInterface);
        } else if (!cells.failed(column.get())) {
          b.addWebInterface(MeasureResult.notReported(m, CollectionType.CMS_WEB_INTERFACE));
        }
      }
    }
    for (String m : ECQM_CQM_MEASURES) {
      String combined = "QualityID_" + m + "_eCQM-CQM";
      CollectionType combinedType = flag(record, "Report_eCQM") ? CollectionType.ELECTRONIC_HEALTH_RECORD
          : CollectionType.REGISTRY;
      add(b, cells, combined, m, combinedType);
      add(b, cells, "QualityID_" + m + "_eCQM", m, CollectionType.ELECTRONIC_HEALTH_RECORD);
      add(b, cells, "QualityID_" + m + "_MIPSCQM", m, CollectionType.REGISTRY);
      add(b, cells, "QualityID_" + m + "_MedicareCQM", m + "SSP", CollectionType.REGISTRY);
    }
    for (int k = 1; k <= CAHPS_SUMMARY_MEASURES; k++) {
      String column = "CAHPS_" + k;
      OptionalDouble v = cells.value(column);
      if (v.isPresent()) {
        cells.result(column, column, CollectionType.CERTIFIED_SURVEY_VENDOR, RateUnit.PERCENT, v.getAsDouble())
            .ifPresent(b::addCahps);
      }
    }
    claims(b, cells, "Measure_479", "479", RateUnit.FRACTION);
    claims(b, cells, "Measure_484", "484", RateUnit.RATE);
    claims(b, cells, "Measure_MCC1", "MCC1", RateUnit.RATE);
    return b.extremeAndUncontrollableCircumstance(flag(record, "DisAffQual"))
        .reportedEcqmOrCqm(flag(record, record.performanceYear() >= 2024 ? "Report_eCQM_CQM_MedicareCQM"
            : "Report_eCQM_CQM"))
        .receivedStandardScore(flag(record, record.performanceYear() >= 2024 ? "Recvd40p" : "Recvd30p"))
        .metReportingRequirements(record.column("Met_SSP_quality_reporting_requirements")
            .flatMap(v -> v.equals("1") ? Optional.of(true) : v.equals("0") ? Optional.of(false) : Optional.empty()))
        .agreementType(record.column("Agree_Type"))
        .build();
  }

  /** The column of a Web Interface measure, if the record's file has one. */
  private static Optional<String> webInterfaceColumn(PufRecord record, String measure) {
    List<String> names = ECQM_CQM_MEASURES.contains(measure) ? List.of("QualityID_" + measure + "_WI")
        : List.of("QualityID_" + measure, "QualityID" + measure);
    for (String name : names) {
      if (hasColumn(record, name)) {
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }

  private static boolean hasColumn(PufRecord record, String name) {
    return record.columns().keySet().stream().anyMatch(k -> k.equalsIgnoreCase(name));
  }

  private static void add(PufQualityInputs.Builder b, Cells cells, String column, String measure,
      CollectionType type) {
    OptionalDouble v = cells.value(column);
    if (v.isPresent()) {
      cells.result(column, measure, type, RateUnit.PERCENT, v.getAsDouble()).ifPresent(b::addEcqmAndCqm);
    }
  }

  private static void claims(PufQualityInputs.Builder b, Cells cells, String column, String measure,
      RateUnit unit) {
    OptionalDouble v = cells.value(column);
    if (v.isPresent()) {
      cells.result(column, measure, CollectionType.ADMINISTRATIVE_CLAIMS, unit, v.getAsDouble())
          .ifPresent(b::addClaimsMeasures);
    }
  }

  /** The measure cells of one record, reporting each bad cell once as a row-level failure. */
  private static final class Cells {
    private final PufRecord record;
    private final Consumer<Failure> failures;
    private final List<String> failed = new ArrayList<>();

    Cells(PufRecord record, Consumer<Failure> failures) {
      this.record = record;
      this.failures = failures;
    }

    /** Whether a column's cell was reported as bad. */
    boolean failed(String column) {
      return failed.contains(column);
    }

    /** A measure's value as published; empty if missing or bad (a bad cell is reported). */
    OptionalDouble value(String column) {
      Optional<String> raw = record.column(column);
      if (raw.isEmpty()) {
        return OptionalDouble.empty();
      }
      try {
        return PufCells.measureValue(raw.get());
      } catch (IllegalArgumentException e) {
        fail(FailureCode.UNPARSEABLE, column, where(record, column) + ": " + e.getMessage()
            + " (expected a measure value such as 84.23 or 84.23%, or -, * or blank for none)");
        return OptionalDouble.empty();
      }
    }

    /** The measure result of a value; empty (the cell reported) if the value is not valid in its unit. */
    Optional<MeasureResult> result(String column, String measure, CollectionType type, RateUnit unit,
        double value) {
      try {
        return Optional.of(MeasureResult.of(measure, type, unit, value));
      } catch (IllegalArgumentException e) {
        fail(FailureCode.INVALID_VALUE, column, where(record, column) + ": " + e.getMessage());
        return Optional.empty();
      }
    }

    private void fail(FailureCode code, String column, String message) {
      failed.add(column);
      failures.accept(Failure.ofRow(code, record.sourceFile(), record.row(), column,
          record.column(column).map(String::trim).orElse(null), message));
    }
  }

  private static boolean flag(PufRecord record, String column) {
    return record.column(column).map("1"::equals).orElse(false);
  }

  private static String where(PufRecord record, String column) {
    return record.sourceFile() + " row " + record.row() + " (ACO " + record.acoId() + ") column " + column;
  }
}
