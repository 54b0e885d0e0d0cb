/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.patient;

import java.util.Arrays;

/** Growable primitive arrays for the builders. Not thread-safe. */
final class Columns {

  private Columns() {
  }

  static final class Ints {
    int[] a = new int[16];
    int size;

    void add(int v) {
      if (size == a.length) {
        a = Arrays.copyOf(a, size + (size >> 1) + 16);
      }
      a[size++] = v;
    }

    void set(int i, int v) {
      a[i] = v;
    }

    int get(int i) {
      return a[i];
    }

    int[] toArray() {
      return Arrays.copyOf(a, size);
    }
  }

  static final class Longs {
    long[] a = new long[16];
    int size;

    void add(long v) {
      if (size == a.length) {
        a = Arrays.copyOf(a, size + (size >> 1) + 16);
      }
      a[size++] = v;
    }

    void set(int i, long v) {
      a[i] = v;
    }
  }

  static final class Shorts {
    short[] a = new short[16];
    int size;

    void add(short v) {
      if (size == a.length) {
        a = Arrays.copyOf(a, size + (size >> 1) + 16);
      }
      a[size++] = v;
    }

    void set(int i, short v) {
      a[i] = v;
    }
  }

  static final class Doubles {
    double[] a = new double[16];
    int size;

    void add(double v) {
      if (size == a.length) {
        a = Arrays.copyOf(a, size + (size >> 1) + 16);
      }
      a[size++] = v;
    }

    void set(int i, double v) {
      a[i] = v;
    }
  }

  static final class Strings {
    String[] a = new String[16];
    int size;

    void add(String v) {
      if (size == a.length) {
        a = Arrays.copyOf(a, size + (size >> 1) + 16);
      }
      a[size++] = v;
    }
  }
}
