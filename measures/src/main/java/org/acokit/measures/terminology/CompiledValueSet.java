/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.terminology;

/**
 * A value set resolved against one dataset's {@link CodeDictionary}: a bit set over the
 * dictionary's code ids, so membership of a fact's code is one array lookup and no allocation.
 * <p>
 * Made by {@link ValueSet#compile(CodeDictionary)} (or {@link #ofCodeIds(String, int...)} for a
 * direct code match); valid only with the dictionary it was compiled against. Immutable and
 * thread-safe.
 */
public final class CompiledValueSet {

  private final String url;
  private final String name;
  private final long[] bits;
  private final int size;

  CompiledValueSet(String url, String name, long[] bits, int size) {
    this.url = url;
    this.name = name;
    this.bits = bits;
    this.size = size;
  }

  /**
   * A set of explicit code ids of a dictionary, such as the codes a CQL library names directly
   * ({@code code "Birthdate": '21112-8' from "LOINC"}); negative ids (codes the dictionary does
   * not hold) are ignored.
   *
   * @param name a name for messages
   * @param codeIds the code ids
   * @return the set
   */
  public static CompiledValueSet ofCodeIds(String name, int... codeIds) {
    int max = 0;
    for (int id : codeIds) {
      max = Math.max(max, id + 1);
    }
    long[] bits = new long[(max + 63) >>> 6];
    int n = 0;
    for (int id : codeIds) {
      if (id >= 0 && (bits[id >>> 6] & (1L << id)) == 0) {
        bits[id >>> 6] |= 1L << id;
        n++;
      }
    }
    return new CompiledValueSet("", name, bits, n);
  }

  /**
   * The union of value sets compiled against the same dictionary (CQL {@code [Condition: "A"] union
   * [Condition: "B"]}, one membership test instead of several).
   *
   * @param name a name for messages, such as {@code "ASCVD diagnoses"}
   * @param sets the value sets, at least one
   * @return the union
   * @throws IllegalArgumentException if no value set is given
   */
  public static CompiledValueSet union(String name, CompiledValueSet... sets) {
    if (sets.length == 0) {
      throw new IllegalArgumentException("union " + name + " needs at least one value set, but got none");
    }
    int words = 0;
    for (CompiledValueSet s : sets) {
      words = Math.max(words, s.bits.length);
    }
    long[] bits = new long[words];
    for (CompiledValueSet s : sets) {
      for (int i = 0; i < s.bits.length; i++) {
        bits[i] |= s.bits[i];
      }
    }
    int n = 0;
    for (long w : bits) {
      n += Long.bitCount(w);
    }
    return new CompiledValueSet("", name, bits, n);
  }

  /**
   * Whether a code id is a member; a negative id (absent) is never a member.
   *
   * @param codeId the code id in the dictionary compiled against
   * @return true if a member
   */
  public boolean contains(int codeId) {
    int word = codeId >>> 6;
    return codeId >= 0 && word < bits.length && (bits[word] & (1L << codeId)) != 0;
  }

  /**
   * The value set's canonical URL, empty for a set of direct codes.
   *
   * @return the url
   */
  public String url() {
    return url;
  }

  /**
   * The value set's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * How many of the value set's codes occur in the dictionary.
   *
   * @return the number of member ids
   */
  public int size() {
    return size;
  }

  @Override
  public String toString() {
    return "CompiledValueSet \"" + name + "\" (" + size + " codes in the dataset)";
  }
}
