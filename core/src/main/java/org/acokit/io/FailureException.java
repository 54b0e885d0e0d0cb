/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.io;

/**
 * An {@link IllegalArgumentException} that carries its {@link Failure}, so that a caller who
 * needs to classify (a reconciliation, a batch) reads the failure's code instead of the message.
 * Methods that return a {@link Result} catch it for their callers.
 */
public final class FailureException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The failure; immutable, so safe to share. */
  private final transient Failure failure;

  /**
   * Creates the exception.
   *
   * @param failure the failure, whose message becomes the exception's
   */
  public FailureException(Failure failure) {
    super(failure.message());
    this.failure = failure;
  }

  /**
   * The failure.
   *
   * @return the failure
   */
  public Failure failure() {
    return failure;
  }
}
