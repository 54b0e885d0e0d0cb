/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.terminology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Interned codes: every distinct (system, code) pair of a dataset gets a dense int id from 0, so
 * that facts store codes as ints and value sets compile into bit sets.
 * <p>
 * Ids are assigned in order of first appearance. A dictionary is filled while a dataset is built
 * ({@link #intern(String, String)}) and then frozen with it ({@link #freeze()}): a frozen
 * dictionary is immutable and thread-safe; an unfrozen one is not thread-safe.
 */
public final class CodeDictionary {

  private final Map<String, Integer> systemIds = new HashMap<>();
  private final List<String> systems = new ArrayList<>();
  private final List<Map<String, Integer>> codeIdsBySystem = new ArrayList<>();
  private int[] systemOf = new int[64];
  private String[] codeOf = new String[64];
  private int size;
  private boolean frozen;

  /** Creates an empty dictionary. */
  public CodeDictionary() {
  }

  /**
   * The id of a code, interning it if new.
   *
   * @param system the system URI
   * @param code the code
   * @return the id, 0 or more
   * @throws IllegalStateException if the dictionary is frozen and the code is new
   */
  public int intern(String system, String code) {
    Integer s = systemIds.get(system);
    if (s == null) {
      checkNotFrozen(system, code);
      s = systems.size();
      systemIds.put(system, s);
      systems.add(system);
      codeIdsBySystem.add(new HashMap<>());
    }
    Map<String, Integer> codes = codeIdsBySystem.get(s);
    Integer id = codes.get(code);
    if (id == null) {
      checkNotFrozen(system, code);
      id = size++;
      if (id == systemOf.length) {
        systemOf = java.util.Arrays.copyOf(systemOf, id * 2);
        codeOf = java.util.Arrays.copyOf(codeOf, id * 2);
      }
      systemOf[id] = s;
      codeOf[id] = code;
      codes.put(code, id);
    }
    return id;
  }

  private void checkNotFrozen(String system, String code) {
    if (frozen) {
      throw new IllegalStateException("code dictionary is frozen: cannot add " + system + "|" + code);
    }
  }

  /**
   * Freezes the dictionary: no new codes after this.
   *
   * @return this dictionary
   */
  public CodeDictionary freeze() {
    frozen = true;
    return this;
  }

  /**
   * The id of a code, or -1 if the dictionary does not hold it.
   *
   * @param system the system URI
   * @param code the code
   * @return the id or -1
   */
  public int id(String system, String code) {
    Integer s = systemIds.get(system);
    if (s == null) {
      return -1;
    }
    Integer id = codeIdsBySystem.get(s).get(code);
    return id == null ? -1 : id;
  }

  /**
   * The id of a code, or -1 if the dictionary does not hold it.
   *
   * @param code the code
   * @return the id or -1
   */
  public int id(Code code) {
    return id(code.system(), code.code());
  }

  /**
   * The number of codes.
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  /**
   * The system URI of a code id.
   *
   * @param id the id
   * @return the system
   * @throws IndexOutOfBoundsException if the id is not in the dictionary
   */
  public String system(int id) {
    return systems.get(systemOf[java.util.Objects.checkIndex(id, size)]);
  }

  /**
   * The code of a code id.
   *
   * @param id the id
   * @return the code
   * @throws IndexOutOfBoundsException if the id is not in the dictionary
   */
  public String code(int id) {
    return codeOf[java.util.Objects.checkIndex(id, size)];
  }

  /**
   * The code of an id as a {@link Code}.
   *
   * @param id the id
   * @return the code
   * @throws IndexOutOfBoundsException if the id is not in the dictionary
   */
  public Code toCode(int id) {
    return Code.of(system(id), code(id));
  }
}
