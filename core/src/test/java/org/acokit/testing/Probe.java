/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.acokit.io.FailureException;
import org.junit.jupiter.api.DynamicTest;

/**
 * One bad-input probe: a call into the public API with a bad value, and what a clear answer is.
 * <p>
 * A probe passes when the call is refused with an {@link IllegalArgumentException},
 * {@link FailureException}, or (for a missing builder field) {@link NullPointerException} or
 * {@link IllegalStateException}, whose message names the field (and the value, where given); or,
 * for a probe of correct handling, when the call returns a result whose every number is finite
 * ({@link Finite#assertFinite}) and which passes the probe's own check. Any other exception (an
 * {@code ArithmeticException}, an {@code ArrayIndexOutOfBoundsException}, a message without the
 * field) or a result holding NaN or infinity fails the probe.
 */
public final class Probe {

  private Probe() {
  }

  /**
   * A probe that must be refused with a message naming the field.
   *
   * @param name the probe's name
   * @param field text the message must contain (the field), case-insensitive
   * @param call the call
   * @return the test
   */
  public static DynamicTest refused(String name, String field, Supplier<?> call) {
    return refused(name, field, null, call);
  }

  /**
   * A probe that must be refused with a message naming the field and the value.
   *
   * @param name the probe's name
   * @param field text the message must contain (the field), case-insensitive
   * @param value text the message must also contain (the value), or null
   * @param call the call
   * @return the test
   */
  public static DynamicTest refused(String name, String field, String value, Supplier<?> call) {
    return DynamicTest.dynamicTest(name, () -> {
      Object result;
      try {
        result = call.get();
      } catch (IllegalArgumentException | NullPointerException | IllegalStateException e) {
        if (e instanceof NullPointerException || e instanceof IllegalStateException) {
          // Only a builder's missing field may throw these.
          assertThat(e.getMessage()).as("message of %s", e).isNotNull();
        }
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        assertThat(message).as("message of %s", e).contains(field.toLowerCase(Locale.ROOT));
        if (value != null) {
          assertThat(message).as("message of %s", e).contains(value.toLowerCase(Locale.ROOT));
        }
        return;
      }
      fail("expected a named error about " + field + ", but the call returned " + result);
    });
  }

  /**
   * A probe whose call must succeed with a finite result that passes the check.
   *
   * @param name the probe's name
   * @param call the call
   * @param check a check of the result
   * @param <T> the result type
   * @return the test
   */
  public static <T> DynamicTest handled(String name, Supplier<T> call, Consumer<T> check) {
    return DynamicTest.dynamicTest(name, () -> {
      T result = call.get();
      Finite.assertFinite(result);
      check.accept(result);
    });
  }
}
