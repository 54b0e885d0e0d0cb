/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.testing;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Prints why a test did not run on the console, one line each: {@code SKIPPED <test>: <reason>}
 * for a disabled test and for one aborted by an assumption (such as {@link SharedData#dir()}
 * without {@code -Dacokit.sharedData}). Surefire keeps the reason only in its XML report.
 * Registered as a JUnit Platform {@code TestExecutionListener} through
 * {@code META-INF/services} in core's test resources, which reach every module's tests through
 * core's test-jar.
 */
public final class SkipReasonPrinter implements TestExecutionListener {

  /** Creates the listener (JUnit's service loader calls this). */
  public SkipReasonPrinter() {
  }

  @Override
  public void executionSkipped(TestIdentifier test, String reason) {
    print(test, reason);
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
      print(test, result.getThrowable().map(Throwable::getMessage).orElse("aborted"));
    }
  }

  private static void print(TestIdentifier test, String reason) {
    System.out.println("SKIPPED " + name(test) + ": " + reason);
  }

  /** The test's simple class name and method, else its display name. */
  static String name(TestIdentifier test) {
    return test.getSource().map(s -> {
      if (s instanceof MethodSource) {
        MethodSource m = (MethodSource) s;
        String cls = m.getClassName();
        return cls.substring(cls.lastIndexOf('.') + 1) + "." + m.getMethodName();
      }
      if (s instanceof ClassSource) {
        String cls = ((ClassSource) s).getClassName();
        return cls.substring(cls.lastIndexOf('.') + 1);
      }
      return test.getDisplayName();
    }).orElse(test.getDisplayName());
  }
}
