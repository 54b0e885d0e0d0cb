/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.workforce;

import java.util.Locale;

/**
 * The kinds of {@link HrEvent}, with the codes the CSV reader accepts ({@link #code()}).
 */
public enum EventType {
  /** An application, with the furthest pipeline stage it reached. */
  APPLICATION("application"),
  /** A hire (entry into the workforce at a level). */
  HIRE("hire"),
  /** A move to a higher level. */
  PROMOTION("promotion"),
  /** A move to another unit or job family at the same level. */
  LATERAL_MOVE("lateral_move"),
  /** A separation the employee chose (resignation, retirement). */
  SEPARATION_VOLUNTARY("separation_voluntary"),
  /** A separation the employer chose (dismissal, layoff). */
  SEPARATION_INVOLUNTARY("separation_involuntary");

  private final String code;

  EventType(String code) {
    this.code = code;
  }

  /**
   * The code in files, such as {@code separation_voluntary}.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * Whether the event is a separation of either kind.
   *
   * @return true for the two separations
   */
  public boolean isSeparation() {
    return this == SEPARATION_VOLUNTARY || this == SEPARATION_INVOLUNTARY;
  }

  /**
   * The type of a code, ignoring case.
   *
   * @param code the code
   * @return the type
   * @throws IllegalArgumentException naming the code and the allowed codes if unknown
   */
  public static EventType ofCode(String code) {
    for (EventType t : values()) {
      if (t.code.equals(code.trim().toLowerCase(Locale.ROOT))) {
        return t;
      }
    }
    throw new IllegalArgumentException("event '" + code + "' is not one of application, hire, promotion, lateral_move, "
        + "separation_voluntary, separation_involuntary");
  }
}
