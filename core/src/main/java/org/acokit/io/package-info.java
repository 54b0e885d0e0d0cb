/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
/**
 * Input and output: the project's JSON mapper, the one failure type of the library and the
 * batch result types.
 * <p>
 * Entry points: {@link org.acokit.io.AcoJson#mapper()}; {@link org.acokit.io.Failure} with its
 * closed {@link org.acokit.io.FailureCode} set, the one shape of every failure (a row of a batch
 * input, a value, a contract term: code, source, row, path, value, message);
 * {@link org.acokit.io.ValueWithFailures} (the good rows of a batch and its row-level failures);
 * {@link org.acokit.io.Result} (one value or its failure) and
 * {@link org.acokit.io.FailureException} (an {@link java.lang.IllegalArgumentException} carrying
 * its failure, for single-value APIs that throw).
 */
package org.acokit.io;
