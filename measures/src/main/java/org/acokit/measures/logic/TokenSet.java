/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.logic;

import org.acokit.measures.patient.Tokens;

/**
 * A set of interned strings of one dataset (such as the statuses {@code final}, {@code amended},
 * {@code corrected}), resolved once: membership of a token id is one lookup. Made by
 * {@link MeasureContext#tokens(String...)}. Immutable and thread-safe.
 */
public final class TokenSet {

  private final boolean[] members;

  TokenSet(Tokens tokens, String... values) {
    members = new boolean[tokens.size()];
    for (String v : values) {
      int id = tokens.id(v);
      if (id >= 0) {
        members[id] = true;
      }
    }
  }

  /**
   * Whether a token id is a member; -1 (absent) never is.
   *
   * @param token the id
   * @return true if a member
   */
  public boolean contains(int token) {
    return token >= 0 && token < members.length && members[token];
  }
}
