/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.testing;

import java.util.logging.Level;
import java.util.logging.Logger;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Keeps jqwik's informational log lines off the console: jqwik logs "Edge case generation
 * exceeds number of tries" through java.util.logging at INFO (two console lines per property);
 * warnings and failures still print. ({@code jqwik.reporting.onlyfailures=true} in
 * {@code junit-platform.properties} silences its per-property reports.) Registered as a JUnit
 * Platform {@code LauncherSessionListener} through {@code META-INF/services} in core's test
 * resources, which reach every module's tests through core's test-jar.
 */
public final class QuietJqwikLog implements LauncherSessionListener {

  /** Held so that java.util.logging does not drop the configured logger. */
  private static final Logger JQWIK = Logger.getLogger("net.jqwik");

  /** Creates the listener (JUnit's service loader calls this). */
  public QuietJqwikLog() {
  }

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    JQWIK.setLevel(Level.WARNING);
  }
}
