/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

import org.acokit.io.ValueWithFailures;
import org.acokit.measures.CatalogProgram;
import org.acokit.measures.CatalogYear;
import org.acokit.measures.MeasureCatalogs;
import org.acokit.measures.definition.PatientMeasures;
import org.acokit.measures.evaluation.AppSubmission;
import org.acokit.measures.evaluation.EcqmPerformance;
import org.acokit.measures.evaluation.MeasureEvaluator;
import org.acokit.measures.evaluation.PopulationCounts;
import org.acokit.measures.logic.MeasurementPeriod;
import org.acokit.measures.patient.PatientData;
import org.acokit.measures.synthetic.SyntheticPatients;
import org.acokit.measures.terminology.ValueSets;
import org.acokit.quality.app.AppQualityScore;
import org.acokit.quality.app.AppQualityScoring;

/**
 * From patient data to the APM Performance Pathway quality score: generates a seeded synthetic
 * population ({@link SyntheticPatients}), evaluates the registered eCQMs for 2025 on all cores
 * ({@link MeasureEvaluator}), turns the population counts into eCQM submissions
 * ({@link AppSubmission}: performance met and not met, exclusions, exceptions) and scores them with
 * {@link AppQualityScoring} against the APP 2025 benchmarks of the built-in catalog, then prints
 * the explanation.
 * <p>
 * Usage: {@code PatientDataToAppScore VALUESETS_DIR [PATIENTS] [SEED]} (the eCQM test deck's
 * {@code valuesets} folder; 200,000 patients and seed 2025 by default). The submission holds no
 * CAHPS survey and no claims measures (CMS computes those), so the score shows what the eCQMs earn
 * alone. The quality standard score {@value #ILLUSTRATIVE_STANDARD} is illustrative: CMS publishes
 * the PY2025 40th-percentile score after the year.
 */
public final class PatientDataToAppScore {

  /** The illustrative quality standard score (percent). */
  public static final double ILLUSTRATIVE_STANDARD = 65.76;

  private PatientDataToAppScore() {
  }

  /**
   * What the example computed.
   *
   * @param data the synthetic patients
   * @param generator the generator (its plans allow a recount)
   * @param counts the population counts and the patients that could not be evaluated
   * @param submission the eCQM submission
   * @param score the APP quality score
   */
  public record Result(PatientData data, SyntheticPatients generator, ValueWithFailures<PopulationCounts> counts,
      AppSubmission submission, AppQualityScore score) {
  }

  /**
   * Runs the example.
   *
   * @param valueSetDir the value sets folder
   * @param patients the number of synthetic patients
   * @param seed the seed
   * @param out where to print
   * @return what was computed
   */
  public static Result run(Path valueSetDir, int patients, long seed, PrintStream out) {
    ValueSets valueSets = ValueSets.read(valueSetDir);
    SyntheticPatients generator = SyntheticPatients.of(valueSets, seed);
    PatientData data = generator.generate(0, patients);
    MeasureEvaluator evaluator = MeasureEvaluator.bind(data, valueSets, MeasurementPeriod.calendarYear(2025),
        PatientMeasures.load().all());
    ValueWithFailures<PopulationCounts> counts = evaluator.evaluate();
    CatalogYear catalog = MeasureCatalogs.load().year(CatalogProgram.APP, 2025);
    AppSubmission submission = AppSubmission.of(counts.values().get(0), catalog, ILLUSTRATIVE_STANDARD);
    out.printf(Locale.ROOT, "%,d synthetic patients (seed %d), %d not evaluable%n", data.size(), seed,
        counts.failures().size());
    out.printf(Locale.ROOT, "%-8s %10s %10s %10s %10s %10s %8s%n", "measure", "eligible", "met", "not met",
        "exclusions", "exceptions", "rate %");
    for (EcqmPerformance p : submission.performances()) {
      out.printf(Locale.ROOT, "%-8s %,10d %,10d %,10d %,10d %,10d %8.2f%n", p.measureId(), p.eligible(),
          p.performanceMet(), p.performanceNotMet(), p.exclusions(), p.exceptions(), p.performanceRatePercent());
    }
    AppQualityScore score = AppQualityScoring.score(submission.input(), catalog.benchmarkSet());
    out.print(score.explanation().toTextTable());
    return new Result(data, generator, counts, submission, score);
  }

  /**
   * Runs the example.
   *
   * @param args {@code VALUESETS_DIR [PATIENTS] [SEED]}
   */
  public static void main(String[] args) {
    if (args.length < 1 || args.length > 3) {
      System.err.println("usage: PatientDataToAppScore VALUESETS_DIR [PATIENTS] [SEED]");
      System.exit(2);
    }
    run(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 200_000,
        args.length > 2 ? Long.parseLong(args[2]) : 2025, System.out);
  }
}
