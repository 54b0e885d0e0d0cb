/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.io;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The value of a computation, or the {@link Failure} that prevented it: for batch work and
 * reconciliations, which classify failures by {@link Failure#code() code} instead of catching
 * exceptions.
 * <p>
 * Example: {@code MsspSettlement.trySettle(input)} is a success with the settlement, or a failure
 * with code {@link FailureCode#MISSING_INPUT} at path {@code participantRevenue}. Immutable and
 * thread-safe when the value is.
 *
 * @param <T> the type of the value
 */
public final class Result<T> {

  private final T value;
  private final Failure failure;

  private Result(T value, Failure failure) {
    this.value = value;
    this.failure = failure;
  }

  /**
   * A success.
   *
   * @param value the value, not null
   * @param <T> the type of the value
   * @return the result
   */
  public static <T> Result<T> success(T value) {
    return new Result<>(Objects.requireNonNull(value, "value"), null);
  }

  /**
   * A failure.
   *
   * @param failure the failure, not null
   * @param <T> the type the value would have had
   * @return the result
   */
  public static <T> Result<T> failure(Failure failure) {
    return new Result<>(null, Objects.requireNonNull(failure, "failure"));
  }

  /**
   * Whether the computation succeeded.
   *
   * @return true for a success
   */
  public boolean isSuccess() {
    return failure == null;
  }

  /**
   * The value of a success.
   *
   * @return the value
   * @throws IllegalStateException for a failure, with the failure's message
   */
  public T value() {
    if (failure != null) {
      throw new IllegalStateException("no value: " + failure);
    }
    return value;
  }

  /**
   * The failure.
   *
   * @return the failure, empty for a success
   */
  public Optional<Failure> failure() {
    return Optional.ofNullable(failure);
  }

  /**
   * Applies a function to the value of a success; a failure stays as it is.
   *
   * @param f the function
   * @param <R> the type of the new value
   * @return the new result
   */
  public <R> Result<R> map(Function<? super T, ? extends R> f) {
    return failure == null ? success(f.apply(value)) : failure(failure);
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof Result)) {
      return false;
    }
    Result<?> other = (Result<?>) obj;
    return Objects.equals(value, other.value) && Objects.equals(failure, other.failure);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, failure);
  }

  @Override
  public String toString() {
    return failure == null ? "Success{" + value + "}" : "Failure{" + failure + "}";
  }
}
