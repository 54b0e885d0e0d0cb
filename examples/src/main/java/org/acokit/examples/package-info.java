/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
/**
 * Runnable examples of acokit; each is run by a test.
 * <p>
 * Start with {@link org.acokit.examples.A1540Settlement}, the README's first command.
 */
package org.acokit.examples;
