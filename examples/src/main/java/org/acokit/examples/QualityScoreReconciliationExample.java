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

import org.acokit.measures.CatalogQualityBenchmarks;
import org.acokit.measures.MeasureCatalogs;
import org.acokit.puf.QualityReconciliation;
import org.acokit.puf.QualityReconciliationReport;

/**
 * Recomputes every ACO's APM Performance Pathway quality score of PY2021-2024 from the measure
 * values in CMS's public use files with the library's measure catalog
 * ({@link QualityReconciliation}), and compares it with the published {@code QualScore}.
 * <p>
 * Usage: {@code QualityScoreReconciliationExample DATA_DIR OUT_CSV}; DATA_DIR holds
 * {@code mssp-puf/}. Writes {@code performance_year,aco_id,quality_score} (0-100) and prints per
 * year how many scores match the published one within 0.01 points and, for the others, why.
 */
public final class QualityScoreReconciliationExample {

  private QualityScoreReconciliationExample() {
  }

  /**
   * Runs the reconciliation.
   *
   * @param dataDir the shared data folder
   * @param outCsv the CSV to write
   * @param out where to print the summary
   * @return the report
   */
  public static QualityReconciliationReport run(Path dataDir, Path outCsv, PrintStream out) {
    try {
      Files.createDirectories(outCsv.toAbsolutePath().getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the folder of " + outCsv, e);
    }
    QualityReconciliationReport report = QualityReconciliation.reconcile(dataDir.resolve("mssp-puf"),
        CatalogQualityBenchmarks.of(MeasureCatalogs.load()));
    report.writeCsv(outCsv);
    out.print(report.summary());
    out.println("Wrote " + outCsv);
    return report;
  }

  /**
   * Runs the reconciliation.
   *
   * @param args DATA_DIR OUT_CSV
   */
  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: QualityScoreReconciliationExample DATA_DIR OUT_CSV");
      System.exit(2);
    }
    run(Paths.get(args[0]), Paths.get(args[1]), System.out);
  }
}
