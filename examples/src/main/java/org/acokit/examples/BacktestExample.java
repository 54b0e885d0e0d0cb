/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.acokit.puf.PufReader;
import org.acokit.puf.PufRecord;
import org.acokit.risk.SharedSavingsBacktest;

/**
 * The back-test: P(earned shared savings) forecast for every ACO-year of CMS's public use files
 * 2014-2024 from the ACO's earlier years, scored against what CMS published (Brier score and
 * calibration table against a base-rate forecast). Reads the files from the folder named by the
 * first argument or the system property {@code acokit.sharedData}.
 */
public final class BacktestExample {

  private BacktestExample() {
  }

  /**
   * Runs the back-test and prints its report.
   *
   * @param sharedData the shared data folder (with {@code mssp-puf/})
   * @param out where to print
   * @return the back-test
   */
  public static SharedSavingsBacktest run(Path sharedData, PrintStream out) {
    Path puf = sharedData.resolve("mssp-puf");
    List<PufRecord> records = PufReader.readPrimaryFiles(puf).values();
    Map<String, String> crosswalk = SharedSavingsBacktest.readCrosswalk(puf.resolve("aco-id-crosswalk.csv"));
    SharedSavingsBacktest test = SharedSavingsBacktest.run(records, crosswalk, 2026);
    out.print(test.report());
    return test;
  }

  /**
   * Runs the example.
   *
   * @param args the shared data folder, or none to read the system property acokit.sharedData
   */
  public static void main(String[] args) {
    String dir = args.length > 0 ? args[0] : System.getProperty("acokit.sharedData");
    if (dir == null || dir.isBlank()) {
      throw new IllegalArgumentException("give the shared data folder as the first argument or -Dacokit.sharedData");
    }
    run(Path.of(dir), System.out);
  }
}
