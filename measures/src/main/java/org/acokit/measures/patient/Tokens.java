/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.patient;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Interned strings of a dataset (statuses, intents, units, profiles, references): dense int ids
 * from 0, so that a status test is an int comparison.
 * <p>
 * Filled while a dataset is built, then frozen with it; a frozen instance is immutable and
 * thread-safe, an unfrozen one is not thread-safe.
 */
public final class Tokens {

  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> values = new ArrayList<>();
  private boolean frozen;

  /** Creates an empty instance. */
  public Tokens() {
  }

  /**
   * The id of a string, interning it if new.
   *
   * @param value the string
   * @return the id
   * @throws IllegalStateException if frozen and the string is new
   */
  public int intern(String value) {
    Integer id = ids.get(value);
    if (id == null) {
      if (frozen) {
        throw new IllegalStateException("tokens are frozen: cannot add '" + value + "'");
      }
      id = values.size();
      ids.put(value, id);
      values.add(value);
    }
    return id;
  }

  /**
   * The id of a string, or -1 if absent (never matches a stored token).
   *
   * @param value the string
   * @return the id or -1
   */
  public int id(String value) {
    Integer id = ids.get(value);
    return id == null ? -1 : id;
  }

  /**
   * The string of an id.
   *
   * @param id the id
   * @return the string, or null for -1
   */
  public String value(int id) {
    return id < 0 ? null : values.get(id);
  }

  /**
   * The number of strings.
   *
   * @return the size
   */
  public int size() {
    return values.size();
  }

  Tokens freeze() {
    frozen = true;
    return this;
  }
}
