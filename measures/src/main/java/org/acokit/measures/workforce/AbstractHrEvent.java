/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.workforce;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

import com.google.common.collect.ImmutableMap;
import org.acokit.internal.AcoStyle;
import org.immutables.value.Value;

/**
 * A dated personnel event: an application (with the furthest pipeline stage it reached), a hire,
 * a promotion (from a level to a higher one), a lateral move, or a voluntary or involuntary
 * separation. It names the institution, unit, job family and level concerned (for an application
 * the position applied for, for a promotion the new level) and the person's demographic
 * attributes, since applicants are not in the snapshots. Immutable and thread-safe.
 */
@Value.Immutable
@AcoStyle
abstract class AbstractHrEvent {

  /** @return the event date */
  public abstract LocalDate date();

  /** @return the person (employee or applicant) */
  public abstract String personId();

  /** @return the kind of event */
  public abstract EventType type();

  /** @return the institution */
  public abstract String institution();

  /** @return the unit */
  public abstract String unit();

  /** @return the job family */
  public abstract String jobFamily();

  /** @return the level after the event (applied for, hired into, promoted to) */
  public abstract int level();

  /** @return the level before a promotion or lateral move */
  public abstract OptionalInt fromLevel();

  /** @return for an application, the furthest pipeline stage reached */
  public abstract Optional<String> stage();

  /** @return dimension → value */
  public abstract ImmutableMap<String, String> demographics();

  @Value.Check
  void check() {
    String who = type().code() + " of " + personId() + " on " + date();
    if (level() < 1) {
      throw new IllegalArgumentException(who + ": level is " + level() + "; levels are 1 or more");
    }
    if (type() == EventType.APPLICATION && stage().isEmpty()) {
      throw new IllegalArgumentException(who + ": an application needs the pipeline stage it reached");
    }
    if (type() == EventType.PROMOTION) {
      if (fromLevel().isEmpty()) {
        throw new IllegalArgumentException(who + ": a promotion needs the level it is from");
      }
      if (level() <= fromLevel().getAsInt()) {
        throw new IllegalArgumentException(who + ": a promotion from level " + fromLevel().getAsInt() + " to level "
            + level() + " is not to a higher level");
      }
    }
    Demographics.check(who, demographics());
  }
}
