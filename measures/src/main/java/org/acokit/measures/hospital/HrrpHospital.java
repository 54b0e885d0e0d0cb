/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.hospital;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import com.google.common.collect.ImmutableMap;
import org.acokit.internal.Checks;

/**
 * One hospital's HRRP inputs for a fiscal year: its CMS certification number, its dual proportion
 * and peer group (1 to 5, the quintile of the dual proportion), and its conditions.
 * <p>
 * The dual proportion is the share of the hospital's Medicare stays by full-benefit dual-eligible
 * beneficiaries, a fraction. A hospital holds a condition only when it has an ERR for it. Immutable
 * and thread-safe.
 */
public final class HrrpHospital {

  private final String ccn;
  private final OptionalDouble dualProportion;
  private final OptionalInt peerGroup;
  private final ImmutableMap<HrrpCondition, HrrpConditionInput> conditions;

  private HrrpHospital(String ccn, OptionalDouble dual, OptionalInt peerGroup,
      Map<HrrpCondition, HrrpConditionInput> conditions) {
    this.ccn = ccn;
    this.dualProportion = dual;
    this.peerGroup = peerGroup;
    this.conditions = ImmutableMap.copyOf(conditions);
  }

  /**
   * Creates a hospital.
   *
   * @param ccn the CMS certification number, six characters kept as text
   * @param dualProportion the dual proportion, a fraction, or empty
   * @param peerGroup the peer group 1 to 5, or empty (required from FY2019 when the hospital has a
   *     counted condition)
   * @param conditions the conditions with an ERR, at most one per condition
   * @return the hospital
   * @throws IllegalArgumentException naming the hospital, field and value if one is invalid
   */
  public static HrrpHospital of(String ccn, OptionalDouble dualProportion, OptionalInt peerGroup,
      List<HrrpConditionInput> conditions) {
    Objects.requireNonNull(ccn, "ccn");
    if (ccn.isBlank()) {
      throw new IllegalArgumentException("hospital CCN must not be blank");
    }
    if (dualProportion.isPresent()) {
      Checks.fraction("dual proportion of hospital " + ccn, dualProportion.getAsDouble());
    }
    if (peerGroup.isPresent() && (peerGroup.getAsInt() < 1 || peerGroup.getAsInt() > 5)) {
      throw new IllegalArgumentException("peer group of hospital " + ccn + " must be 1 to 5, but was "
          + peerGroup.getAsInt());
    }
    Map<HrrpCondition, HrrpConditionInput> byCondition = new EnumMap<>(HrrpCondition.class);
    for (HrrpConditionInput c : conditions) {
      if (byCondition.put(c.condition(), c) != null) {
        throw new IllegalArgumentException("hospital " + ccn + " has condition " + c.condition() + " twice");
      }
    }
    return new HrrpHospital(ccn, dualProportion, peerGroup, byCondition);
  }

  /**
   * The CMS certification number.
   *
   * @return the CCN
   */
  public String ccn() {
    return ccn;
  }

  /**
   * The dual proportion, a fraction.
   *
   * @return the proportion, empty if not given
   */
  public OptionalDouble dualProportion() {
    return dualProportion;
  }

  /**
   * The peer group, 1 (fewest duals) to 5.
   *
   * @return the group, empty if not given
   */
  public OptionalInt peerGroup() {
    return peerGroup;
  }

  /**
   * The conditions with an ERR.
   *
   * @return the conditions by condition
   */
  public ImmutableMap<HrrpCondition, HrrpConditionInput> conditions() {
    return conditions;
  }

  /**
   * One condition's inputs.
   *
   * @param condition the condition
   * @return the inputs, empty if the hospital has no ERR for it
   */
  public Optional<HrrpConditionInput> condition(HrrpCondition condition) {
    return Optional.ofNullable(conditions.get(condition));
  }
}
