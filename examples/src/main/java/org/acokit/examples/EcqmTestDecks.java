/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples;

import java.io.PrintStream;
import java.nio.file.Path;

import org.acokit.measures.definition.PatientMeasures;
import org.acokit.measures.ecqm.DeckRun;
import org.acokit.measures.ecqm.TestDeck;

/**
 * Evaluates every measure of an eCQM test deck (laid out like the shared
 * {@code ecqm-test-decks}: {@code measures/<folder>/test-cases/<id>/patient-bundle.json} and
 * {@code expected-measure-report.json}, {@code valuesets/}) with the measures registered through
 * {@code ServiceLoader}, writes one CSV row per test case and population
 * ({@code measure,test_case,population,count}; {@code group-N/} before the population code of a
 * measure with several groups) and prints per measure the test cases matched and every mismatch
 * with its reason.
 * <p>
 * Usage: {@code EcqmTestDecks DECK_DIR OUT_CSV}. A thin driver over {@link TestDeck}.
 */
public final class EcqmTestDecks {

  private EcqmTestDecks() {
  }

  /**
   * Runs the deck.
   *
   * @param deck the deck folder
   * @param csv the output file
   * @param out where to print the report
   * @return the run
   * @throws IllegalArgumentException if the deck is not laid out as described
   */
  public static DeckRun run(Path deck, Path csv, PrintStream out) {
    DeckRun run = TestDeck.read(deck).run(PatientMeasures.load());
    run.writeCsv(csv);
    out.print(run.report());
    out.println(run.rows().size() + " rows written to " + csv);
    return run;
  }

  /**
   * Runs the example.
   *
   * @param args {@code DECK_DIR OUT_CSV}
   */
  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: EcqmTestDecks DECK_DIR OUT_CSV");
      System.exit(2);
    }
    run(Path.of(args[0]), Path.of(args[1]), System.out);
  }
}
