/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.puf;

import java.util.List;
import java.util.Optional;

import org.acokit.internal.AcoStyle;
import org.acokit.quality.MeasureResult;
import org.immutables.value.Value;

/**
 * The quality-measure columns of one public use file row (PY2021 on, and the PY2018-2022
 * measure-level extract), typed: each value a {@link MeasureResult} with its measure id,
 * {@link org.acokit.quality.CollectionType} and unit, read by {@link PufQualityColumns}.
 * <p>
 * Rates are as CMS publishes them: proportions in percent (84.23 means 84.23%), measure 479 as a
 * fraction, 484 and MCC1 as rates per 100 person-years. A measure whose column the file has but
 * whose cell is blank, {@code -} or {@code *} is a {@code MeasureResult.notReported(...)} result in
 * {@link #webInterface()} and is left out of the other lists. Immutable and thread-safe.
 */
@Value.Immutable
@AcoStyle
abstract class AbstractPufQualityInputs {

  /**
   * The Web Interface measures ({@code QualityID_318}, {@code QualityID_001_WI}, ...), one per
   * column the file has, collection type {@code cmsWebInterface}, in the order of
   * {@link PufQualityColumns#WEB_INTERFACE_MEASURES}.
   *
   * @return the results, a result without a rate where the cell is empty
   */
  public abstract List<MeasureResult> webInterface();

  /**
   * The eCQM, MIPS CQM and Medicare CQM values of measures 001, 134 and 236: PY2021's combined
   * {@code QualityID_nnn_eCQM-CQM} column (collection type {@code electronicHealthRecord} when the
   * ACO reported eCQMs, {@code Report_eCQM = 1}, else {@code registry}); from PY2022
   * {@code _eCQM} ({@code electronicHealthRecord}), {@code _MIPSCQM} ({@code registry}) and
   * {@code _MedicareCQM} ({@code registry}, measure id with CMS's {@code SSP} suffix, such as
   * {@code 001SSP}). Only published values.
   *
   * @return the results
   */
  public abstract List<MeasureResult> ecqmAndCqm();

  /**
   * The CAHPS summary survey measures {@code CAHPS_1} ... {@code CAHPS_11} that are published,
   * collection type {@code certifiedSurveyVendor}.
   *
   * @return the results
   */
  public abstract List<MeasureResult> cahps();

  /**
   * The administrative claims measures that are published: 479 ({@code Measure_479}, a fraction),
   * 484 ({@code Measure_484}) and MCC1 ({@code Measure_MCC1}), rates per 100 person-years.
   *
   * @return the results
   */
  public abstract List<MeasureResult> claimsMeasures();

  /**
   * Whether the ACO was affected by an extreme and uncontrollable circumstance
   * ({@code DisAffQual = 1}).
   *
   * @return the flag, false when not published
   */
  public abstract boolean extremeAndUncontrollableCircumstance();

  /**
   * Whether the ACO reported eCQMs, MIPS CQMs or Medicare CQMs ({@code Report_eCQM_CQM}, PY2022-2023;
   * {@code Report_eCQM_CQM_MedicareCQM}, PY2024).
   *
   * @return the flag, false when not published
   */
  public abstract boolean reportedEcqmOrCqm();

  /**
   * Whether the ACO's score was raised to the quality standard score ({@code Recvd30p} through
   * PY2023, {@code Recvd40p} from PY2024).
   *
   * @return the flag, false when not published
   */
  public abstract boolean receivedStandardScore();

  /**
   * Whether the ACO met the Shared Savings Program's quality reporting requirements
   * ({@code Met_SSP_quality_reporting_requirements}, PY2024); empty when not published.
   *
   * @return the flag
   */
  public abstract Optional<Boolean> metReportingRequirements();

  /**
   * The agreement type ({@code Agree_Type}: {@code Initial}, {@code Renewal}, {@code Re-entering}),
   * as published.
   *
   * @return the type
   */
  public abstract Optional<String> agreementType();
}
