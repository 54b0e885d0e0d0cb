/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.safety;

/**
 * How an inpatient stay ended (UB-04 patient discharge status, grouped as readmission measures use it).
 */
public enum DischargeStatus {
  /** Home or self care (01). */
  HOME,
  /** Home health (06) or another non-acute destination not listed below. */
  HOME_HEALTH,
  /** Transfer to another short-term acute care hospital (02): the stay is chained with the next. */
  TRANSFER_ACUTE,
  /** Transfer to a skilled nursing, rehabilitation, long-term care or other post-acute facility. */
  TRANSFER_POST_ACUTE,
  /** Left against medical advice (07): not an index stay. */
  LEFT_AMA,
  /** Expired (20): not an index stay. */
  EXPIRED,
  /** Any other status. */
  OTHER
}
