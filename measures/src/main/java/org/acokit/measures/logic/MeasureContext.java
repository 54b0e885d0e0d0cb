/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.logic;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.acokit.measures.patient.PatientData;
import org.acokit.measures.terminology.Code;
import org.acokit.measures.terminology.CompiledValueSet;
import org.acokit.measures.terminology.ValueSets;

/**
 * What a measure binds to: a dataset, the value set registry and the measurement period. Value
 * sets and codes resolve here once, against the dataset's interned codes
 * ({@link #valueSet(String)}, {@link #code(String, String)}), so that evaluation tests ints.
 * <p>
 * Binding happens on one thread before evaluation ({@code PatientMeasure.groups}); afterwards the
 * context is only read, and is thread-safe for reading.
 */
public final class MeasureContext {

  private final PatientData data;
  private final ValueSets valueSets;
  private final MeasurementPeriod period;
  private final Map<String, CompiledValueSet> compiled = new HashMap<>();
  private final Map<Class<?>, Object> libraries = new HashMap<>();
  private int memoSlots;

  /**
   * Creates a context.
   *
   * @param data the dataset
   * @param valueSets the value set registry
   * @param period the measurement period
   */
  public MeasureContext(PatientData data, ValueSets valueSets, MeasurementPeriod period) {
    this.data = Objects.requireNonNull(data, "data");
    this.valueSets = Objects.requireNonNull(valueSets, "valueSets");
    this.period = Objects.requireNonNull(period, "period");
  }

  /**
   * The dataset.
   *
   * @return the data
   */
  public PatientData data() {
    return data;
  }

  /**
   * The measurement period.
   *
   * @return the period
   */
  public MeasurementPeriod period() {
    return period;
  }

  /**
   * The value set registry.
   *
   * @return the registry
   */
  public ValueSets valueSets() {
    return valueSets;
  }

  /**
   * A value set compiled against the dataset (compiled once per context).
   *
   * @param url the canonical URL the CQL declares
   * @return the compiled value set
   * @throws IllegalArgumentException if the registry does not hold it (the message names it)
   */
  public synchronized CompiledValueSet valueSet(String url) {
    return compiled.computeIfAbsent(url, u -> valueSets.get(u).compile(data.codes()));
  }

  /**
   * The dataset's id of a code the CQL names directly ({@code code "X": 'c' from "S"}); -1 if no
   * fact in the dataset carries it (it then matches nothing).
   *
   * @param system the system URI
   * @param code the code
   * @return the code id, or -1
   */
  public int code(String system, String code) {
    return data.codes().id(system, code);
  }

  /**
   * The dataset's id of a code; -1 if absent.
   *
   * @param code the code
   * @return the code id, or -1
   */
  public int code(Code code) {
    return data.codes().id(code);
  }

  /**
   * Several direct codes as one set (CQL {@code [Observation: "A"] union [Observation: "B"]}).
   *
   * @param name a name for messages
   * @param codes the codes
   * @return the set
   */
  public CompiledValueSet codes(String name, Code... codes) {
    int[] ids = new int[codes.length];
    for (int i = 0; i < codes.length; i++) {
      ids[i] = code(codes[i]);
    }
    return CompiledValueSet.ofCodeIds(name, ids);
  }

  /**
   * Strings (statuses, intents, units) resolved against the dataset.
   *
   * @param values the strings
   * @return the set
   */
  public TokenSet tokens(String... values) {
    return new TokenSet(data.tokens(), values);
  }

  /**
   * The dataset's id of one string, -1 if absent.
   *
   * @param value the string
   * @return the id or -1
   */
  public int token(String value) {
    return data.tokens().id(value);
  }

  /**
   * A definition evaluated at most once per patient (CQL caches each {@code define} per patient).
   * In an explanation the cache is bypassed, so that every use cites its facts.
   *
   * @param definition the definition
   * @return the cached definition
   */
  public synchronized Definition define(Definition definition) {
    int slot = memoSlots++;
    return p -> p.memo(slot, definition);
  }

  /**
   * A library bound once per context: the first call binds it, later calls (from every measure
   * bound to this context) return the same instance, so the library's cached definitions
   * ({@link #define(Definition)}) are evaluated at most once per patient however many measures use
   * them (as a CQL engine evaluates an included library's {@code define} once per patient).
   * <p>
   * Example: {@code public static Hospice bind(MeasureContext ctx) { return ctx.library(Hospice.class, Hospice::new); }}
   *
   * @param <T> the library type
   * @param type the library class, the cache key
   * @param binder binds the library to this context (called at most once)
   * @return the bound library
   */
  public synchronized <T> T library(Class<T> type, java.util.function.Function<MeasureContext, T> binder) {
    Object bound = libraries.get(type);
    if (bound == null) {
      // not computeIfAbsent: a binder binds the libraries it uses, a recursive update of this map
      bound = Objects.requireNonNull(binder.apply(this), "binder returned null");
      libraries.put(type, bound);
    }
    return type.cast(bound);
  }

  /**
   * The number of cached definitions made so far (the size of a {@link PatientRecord}'s cache).
   *
   * @return the count
   */
  public synchronized int memoSlots() {
    return memoSlots;
  }
}
