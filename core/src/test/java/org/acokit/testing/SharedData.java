/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.testing;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the shared, read-only CMS data lives for tests that reconcile against it.
 * <p>
 * The folder is named by the system property {@code acokit.sharedData} (the build passes it on;
 * CI sets it to {@code ../shared/data}); a relative path is resolved against the system property
 * {@code acokit.rootDir} (the top of the build), or the working directory if that is not set.
 * When the property is absent or blank a test that needs the data is skipped; when it is set but
 * the folder is missing the test fails, so that a wrong path is never a silent skip.
 */
public final class SharedData {

  /** The system property naming the shared data folder. */
  public static final String PROPERTY = "acokit.sharedData";

  /** The system property naming the top of the build, against which a relative folder is resolved. */
  public static final String ROOT_PROPERTY = "acokit.rootDir";

  private SharedData() {
  }

  /**
   * The shared data folder; skips the calling test if {@code acokit.sharedData} is not set.
   *
   * @return the absolute, normalized folder
   */
  public static Path dir() {
    String value = System.getProperty(PROPERTY, "").trim();
    Assumptions.assumeTrue(!value.isEmpty(),
        "system property " + PROPERTY + " is not set: skipping a test that needs the shared CMS data");
    Path path = Path.of(value);
    if (!path.isAbsolute()) {
      String root = System.getProperty(ROOT_PROPERTY, "").trim();
      path = (root.isEmpty() ? Path.of("") : Path.of(root)).resolve(path);
    }
    path = path.toAbsolutePath().normalize();
    if (!Files.isDirectory(path)) {
      Assertions.fail("system property " + PROPERTY + " is '" + value + "', but the shared data folder " + path
          + " does not exist");
    }
    return path;
  }

  /**
   * The folder of the MSSP public use files, {@code mssp-puf/} in the shared data folder; skips the
   * calling test if {@code acokit.sharedData} is not set.
   *
   * @return the folder
   */
  public static Path pufDir() {
    return subfolder("mssp-puf");
  }

  /**
   * A folder inside the shared data folder, which must exist; skips the calling test if
   * {@code acokit.sharedData} is not set.
   *
   * @param name the folder name, such as {@code mssp-puf}
   * @return the folder
   */
  public static Path subfolder(String name) {
    Path path = dir().resolve(name);
    if (!Files.isDirectory(path)) {
      Assertions.fail("the shared data folder has no " + name + "/ folder: " + path + " does not exist");
    }
    return path;
  }
}
