/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.acokit.contract.ContractJson;
import org.acokit.io.Failure;
import org.acokit.contract.ContractResult;
import org.acokit.contract.ResolvedContract;
import org.acokit.contract.ContractTerms;
import org.acokit.contract.ContractValidator;
import org.acokit.contract.PerformanceInputs;
import org.acokit.quality.QualityStandard;

/**
 * A bespoke commercial shared-savings contract in JSON: a draft with mistakes is validated (every
 * problem named), a file with a typo fails to load naming the JSON path, and the corrected
 * contract is validated and settled.
 * <p>
 * The contract (resource {@code acme-commercial-2025.json}): 1.5% MSR and 2% MLR, savings shared
 * beyond the MSR at 50% up to 5% of the benchmark and 30% above, a quality gate and sliding
 * scale, losses at 40% mitigated by up to 25% for quality, savings capped at 10% of the
 * benchmark, losses at the lesser of 8% of revenue and 4% of the benchmark, truncation at
 * $250,000 per member. The year settled: benchmark $80M, spending $74.5M of which $1.2M above the
 * truncation point, quality score 0.72 with the gate met.
 */
public final class BespokeContract {

  private BespokeContract() {
  }

  /**
   * Reads a JSON resource of this package.
   *
   * @param name the resource name
   * @return the text
   */
  static String resource(String name) {
    try (InputStream in = BespokeContract.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The problems of the draft contract.
   *
   * @return the problems
   */
  public static List<Failure> draftProblems() {
    return ContractValidator.validate(ContractJson.read(resource("acme-commercial-2025-bad.json")));
  }

  /**
   * The corrected contract.
   *
   * @return the terms
   */
  public static ContractTerms contract() {
    return ContractJson.read(resource("acme-commercial-2025.json"));
  }

  /**
   * The performance year settled.
   *
   * @return the inputs
   */
  public static PerformanceInputs year() {
    return PerformanceInputs.builder().benchmark(80_000_000).expenditure(74_500_000)
        .expenditureAboveAttachmentPoint(1_200_000).qualityScore(0.72).qualityStandard(QualityStandard.MET)
        .participantRevenue(30_000_000).build();
  }

  /**
   * Validates the draft, loads the file with a typo, validates and settles the contract, and
   * prints each step.
   *
   * @param out where to print
   * @return the settlement of the corrected contract
   */
  public static ContractResult run(PrintStream out) {
    out.println("1. The draft contract has these problems:");
    for (Failure p : draftProblems()) {
      out.println("   " + p);
    }
    out.println();
    out.println("2. A file with a typo does not load:");
    try {
      ContractJson.read(resource("acme-commercial-2025-malformed.json"));
    } catch (IllegalArgumentException e) {
      out.println("   " + e.getMessage().lines().findFirst().orElse(""));
    }
    out.println();
    ContractTerms terms = contract();
    out.println("3. The corrected contract has " + ContractValidator.validate(terms).size() + " problems; settled:");
    ContractResult result = ResolvedContract.of(terms).settle(year());
    out.print(result.explain().toTextTable());
    out.printf(Locale.ROOT, "%nPayment to the ACO: $%,.2f%n", result.payment());
    return result;
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
