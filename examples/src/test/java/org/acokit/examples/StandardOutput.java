/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * Captures what an example prints, for the tests that run the examples: its {@code main} on
 * standard output, or its {@code run} method on a given stream.
 */
final class StandardOutput {

  /** A {@code main} method. */
  @FunctionalInterface
  interface Main {
    void run(String[] args) throws Exception;
  }

  private StandardOutput() {
  }

  /**
   * Runs {@code main} with the arguments and returns what it printed on standard output.
   *
   * @param main the example's main method
   * @param args its arguments
   * @return the printed text
   * @throws Exception what main throws
   */
  static String of(Main main, String... args) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      main.run(args);
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /**
   * A value an example returned, with the text it printed.
   *
   * @param <T> the value's type
   * @param value the value
   * @param text the printed text
   */
  record Printed<T>(T value, String text) {
  }

  /**
   * Runs an example's {@code run} method on a stream and returns its result with what it printed.
   *
   * @param <T> the result's type
   * @param run the example, given the stream to print on
   * @return the result and the text
   */
  static <T> Printed<T> capture(Function<PrintStream, T> run) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    T value = run.apply(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return new Printed<>(value, bytes.toString(StandardCharsets.UTF_8));
  }
}
