/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.terminology;

import java.util.Collection;
import java.util.Objects;

import com.google.common.collect.ImmutableSet;

/**
 * A value set as its expansion: canonical URL, name, and the codes (system and code) it contains.
 * <p>
 * Membership is by system and code ({@link #contains(Code)}); a value set that mixes code systems
 * matches each code only with its own system. For evaluation, {@link #compile(CodeDictionary)}
 * turns it into a bit set over a dataset's code ids, so that a membership test is one array
 * lookup. Read value sets with {@link ValueSets#read(java.nio.file.Path)}. Immutable and
 * thread-safe.
 */
public final class ValueSet {

  private final String url;
  private final String name;
  private final String version;
  private final ImmutableSet<Code> codes;

  private ValueSet(String url, String name, String version, Collection<Code> codes) {
    this.url = Objects.requireNonNull(url, "url");
    this.name = Objects.requireNonNull(name, "name");
    this.version = Objects.requireNonNull(version, "version");
    this.codes = ImmutableSet.copyOf(codes);
    if (url.isBlank()) {
      throw new IllegalArgumentException("value set url must not be blank, but was '" + url + "'");
    }
  }

  /**
   * Creates a value set from its expansion.
   *
   * @param url the canonical URL, such as
   *     {@code http://cts.nlm.nih.gov/fhir/ValueSet/2.16.840.1.113883.3.464.1003.103.12.1001}
   * @param name the name, for messages (the title if there is one)
   * @param version the version, empty if unknown
   * @param codes the expansion's codes
   * @return the value set
   * @throws IllegalArgumentException if the url is blank
   */
  public static ValueSet of(String url, String name, String version, Collection<Code> codes) {
    return new ValueSet(url, name, version, codes);
  }

  /**
   * The canonical URL.
   *
   * @return the url
   */
  public String url() {
    return url;
  }

  /**
   * The name (the resource's title, else its name, else its id).
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The version, empty if the resource has none.
   *
   * @return the version
   */
  public String version() {
    return version;
  }

  /**
   * The codes of the expansion.
   *
   * @return the codes
   */
  public ImmutableSet<Code> codes() {
    return codes;
  }

  /**
   * Whether the value set contains a code (same system and code).
   *
   * @param code the code
   * @return true if it is a member
   */
  public boolean contains(Code code) {
    return codes.contains(code);
  }

  /**
   * The value set as a bit set over a dataset's code ids: resolve once, then test membership of
   * interned code ids. Codes the dictionary does not hold are left out (no fact can carry them).
   *
   * @param dictionary the dataset's code dictionary
   * @return the compiled value set
   */
  public CompiledValueSet compile(CodeDictionary dictionary) {
    long[] bits = new long[(dictionary.size() + 63) >>> 6];
    int found = 0;
    for (Code c : codes) {
      int id = dictionary.id(c.system(), c.code());
      if (id >= 0) {
        bits[id >>> 6] |= 1L << id;
        found++;
      }
    }
    return new CompiledValueSet(url, name, bits, found);
  }

  @Override
  public String toString() {
    return "ValueSet \"" + name + "\" " + url + " (" + codes.size() + " codes)";
  }
}
