/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.puf;

import java.util.Optional;
import java.util.OptionalDouble;

import org.acokit.internal.AcoStyle;
import org.acokit.io.Failure;
import org.acokit.program.mssp.MsspResult;
import org.immutables.value.Value;

/**
 * One ACO-year of a public use file settled again with the library and compared with the
 * published earned savings/losses. Immutable and thread-safe.
 */
@Value.Immutable
@AcoStyle
abstract class AbstractReconciledAcoYear {

  /**
   * The published row.
   *
   * @return the record
   */
  public abstract PufRecord record();

  /**
   * The library's settlement of the row; empty when an input is missing.
   *
   * @return the settlement
   */
  public abstract Optional<MsspResult> settlement();

  /**
   * The comparison outcome.
   *
   * @return the status
   */
  public abstract ReconciliationStatus status();

  /**
   * Why the row does not match exactly (empty for {@link ReconciliationStatus#MATCH}), naming the
   * input that is missing or rounded.
   *
   * @return the reason
   */
  public abstract Optional<String> reason();

  /**
   * Why the row is {@link ReconciliationStatus#MISSING_INPUT}, as a failure with code
   * {@link org.acokit.io.FailureCode#MISSING_INPUT} (or {@link org.acokit.io.FailureCode#INVALID_VALUE}
   * for a published value the settlement refuses) and a path: the settlement input that is not
   * published when the row could not be settled ({@code participantRevenue}, {@code beneficiaries},
   * ...; then {@link #settlement()} is empty), the input behind a published result the file does not
   * carry when it was settled ({@code perCapitaBenchmark}: the three-way benchmark of a 2024+
   * guardrail; {@code euc}: a six-month 2019 performance period), or {@code EarnSaveLoss} when
   * there is no published result to compare. Empty for every other status.
   *
   * @return the failure
   */
  public abstract Optional<Failure> failure();

  /**
   * Notes on inputs taken from the row in a way worth knowing (an inferred MSR/MLR election, a
   * published EUC adjustment standing in for unpublished shares).
   *
   * @return the notes, empty if none
   */
  public abstract Optional<String> note();

  /**
   * The published earned savings/losses, dollars.
   *
   * @return the published amount
   */
  public OptionalDouble published() {
    return record().earnedSavingsLosses();
  }

  /**
   * The recomputed earned savings/losses, dollars.
   *
   * @return the computed amount, empty when the row could not be settled
   */
  public OptionalDouble computed() {
    return settlement().map(s -> OptionalDouble.of(s.earnedSavingsLosses())).orElse(OptionalDouble.empty());
  }

  /**
   * Whether the row counts as reproduced ({@link ReconciliationStatus#MATCH} or within the
   * precision of the published inputs).
   *
   * @return true if reproduced
   */
  public boolean isReproduced() {
    return status() == ReconciliationStatus.MATCH || status() == ReconciliationStatus.MATCH_WITHIN_INPUT_PRECISION;
  }
}
