/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
/**
 * Input and output: the project's JSON mapper and the batch result types.
 * <p>
 * Entry points: {@link org.acokit.io.AcoJson#mapper()} and
 * {@link org.acokit.io.ValueWithFailures}.
 */
package org.acokit.io;
