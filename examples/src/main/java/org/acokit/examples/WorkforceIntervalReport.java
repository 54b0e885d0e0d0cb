/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;

import com.google.common.collect.ImmutableList;
import org.acokit.measures.workforce.HrData;
import org.acokit.measures.workforce.IntervalReport;
import org.acokit.measures.workforce.SyntheticWorkforce;
import org.acokit.measures.workforce.WorkforceAnalysis;
import org.acokit.measures.workforce.WorkforceConfig;

/**
 * The two-year interval report of a synthetic health system of three institutions (seeded, with
 * a planted promotion choke point for Asian employees at level 2, a higher level-1 exit rate for
 * Black employees and a screening bias against Hispanic applicants), from 2014 to 2020.
 * <p>
 * Usage: {@code WorkforceIntervalReport} (no arguments). Prints, for each interval,
 * representation, rates, the pipeline's adverse impact, the worst choke points, engagement and
 * the MD-715-shaped tables.
 */
public final class WorkforceIntervalReport {

  private static final List<String> GROUPS = List.of("White", "Black", "Asian", "Hispanic", "declined");
  private static final List<String> STAGES = List.of("applied", "screened", "interviewed", "hired");

  private WorkforceIntervalReport() {
  }

  /**
   * Generates the system, analyses it and prints the reports.
   *
   * @param out where to print
   * @return the reports
   */
  public static ImmutableList<IntervalReport> run(PrintStream out) {
    double[][] exit = new double[5][];
    double[][] promotion = new double[5][];
    double[][] pass = new double[5][];
    for (int g = 0; g < 5; g++) {
      exit[g] = new double[] {0.20, 0.15, 0.12, 0.10};
      promotion[g] = new double[] {0.15, 0.10, 0.05};
      pass[g] = new double[] {0.5, 0.5, 0.6};
    }
    exit[1][0] = 0.28;
    promotion[2][1] = 0.04;
    pass[3][0] = 0.35;
    SyntheticWorkforce.Plan plan = new SyntheticWorkforce.Plan(GROUPS, new double[] {0.55, 0.15, 0.12, 0.13, 0.05},
        new double[] {0.45, 0.2, 0.12, 0.18, 0.05}, 4, exit, promotion, STAGES, pass,
        new double[] {3.9, 3.7, 3.8, 3.8, 3.5}, 3, 4, 6_000, 2_500, LocalDate.of(2014, 1, 1), 3);
    HrData data = SyntheticWorkforce.generate(plan, 2014L);
    WorkforceAnalysis analysis = WorkforceAnalysis.of(WorkforceConfig.builder().addDimensions("race").stages(STAGES)
        .referenceGroup("White").putAvailability("White", 0.5).putAvailability("Black", 0.18).build());
    ImmutableList<IntervalReport> reports = analysis.analyze(data);
    out.println("Synthetic system: " + data.institutions() + ", " + data.snapshots().size() + " snapshot rows, "
        + data.events().size() + " events, " + data.responses().size() + " survey responses");
    for (IntervalReport r : reports) {
      out.print(r.render());
    }
    return reports;
  }

  /**
   * Runs the example.
   *
   * @param args none
   */
  public static void main(String[] args) {
    run(System.out);
  }
}
