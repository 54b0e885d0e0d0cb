/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.acokit.io.ValueWithFailures;
import org.acokit.puf.PufReader;
import org.acokit.puf.PufReconciliation;
import org.acokit.puf.PufRecord;
import org.acokit.puf.ReconciliationReport;

/**
 * Settles every ACO-year CMS published for PY2013-2024 with the library and compares it with the
 * published earned savings/losses.
 * <p>
 * Usage: {@code PufReconciliationExample DATA_DIR OUT_CSV}, where DATA_DIR is the shared data folder
 * (holding {@code mssp-puf/}). Writes one CSV row per ACO-year with the header
 * {@code source_file,row,performance_year,aco_id,minimum_savings_rate,generated_savings_losses,
 * final_sharing_rate,final_loss_rate,earned_savings_losses} and prints, per year, rows, matches
 * and mismatches, then every mismatch with its reason.
 */
public final class PufReconciliationExample {

  private PufReconciliationExample() {
  }

  /**
   * Reconciles the twelve primary public use files.
   *
   * @param dataDir the shared data folder
   * @param outCsv the CSV file to write
   * @param out where to print the summary
   * @return the report
   */
  public static ReconciliationReport run(Path dataDir, Path outCsv, PrintStream out) {
    try {
      Files.createDirectories(outCsv.toAbsolutePath().getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the folder of " + outCsv, e);
    }
    ValueWithFailures<PufRecord> records = PufReader.readPrimaryFiles(dataDir.resolve("mssp-puf"));
    ReconciliationReport report = PufReconciliation.reconcile(records);
    report.writeCsv(outCsv);
    out.print(report.summary());
    out.println("Wrote " + report.results().size() + " rows to " + outCsv);
    return report;
  }

  /**
   * Runs the reconciliation.
   *
   * @param args DATA_DIR OUT_CSV
   */
  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: PufReconciliationExample DATA_DIR OUT_CSV");
      System.exit(2);
    }
    run(Paths.get(args[0]), Paths.get(args[1]), System.out);
  }
}
