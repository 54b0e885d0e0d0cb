/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.SerializationFeature;
import org.acokit.quality.CollectionType;
import org.acokit.io.AcoJson;
import org.acokit.quality.DecileBenchmark;
import org.acokit.quality.Direction;
import org.acokit.quality.RateUnit;

/**
 * Produces the built-in catalog's JSON resources from CMS's qpp-measures-data.
 * <p>
 * Usage: {@code CatalogImporter QPP_DIR OUT_DIR}, where QPP_DIR holds {@code measures/} and
 * {@code benchmarks/} ({@code measures-data_<year>.json}, {@code benchmarks_<year>.json}) and
 * OUT_DIR is a resource root (the project runs it on {@code measures/src/main/resources}). For
 * every APP year 2021-2026 it writes {@code org/acokit/measures/app/app-<year>.json}:
 * <ul>
 *   <li>the measure set: every quality measure ({@code category} quality) whose
 *       {@code allowedPrograms} holds {@code app1} or {@code appPlus}; the ten CMS Web Interface measures (001, 110, 112, 113, 134, 226, 236,
 *       318, 370, 438) in PY2021-2024; MCC1 in PY2021 (in CMS's benchmarks but not its measure
 *       file; an inverse administrative claims outcome measure);</li>
 *   <li>every benchmark of those measures, ten-value {@code deciles} read with
 *       {@link TenValueDeciles#DROP_FIRST}, and for 479 the {@link TenValueDeciles#DROP_LAST}
 *       reading as the prior-year benchmark (the reading that reproduces CMS's PY2022
 *       improvement scores; MCC1's follow from the same reading as its PY2021 scores).</li>
 * </ul>
 * It also writes the Shared Savings Program 2012-2020 and Pioneer 2012-2014 years
 * ({@link #importMsspAndPioneer(Path, Path)}). Output is deterministic (sorted, pretty-printed) so a test can assert that the committed
 * resources equal a fresh import.
 */
public final class CatalogImporter {

  /** The Web Interface measures of PY2021-2024. */
  static final Set<String> WEB_INTERFACE =
      Set.of("001", "110", "112", "113", "134", "226", "236", "318", "370", "438");

  private CatalogImporter() {
  }

  /**
   * Imports every APP year.
   *
   * @param qppDir the qpp-measures-data folder
   * @param outDir the resource root to write under
   * @return the files written
   * @throws org.acokit.io.FailureException if an input file is missing or malformed, or a record
   *     the catalog needs is malformed or repeated
   */
  public static List<Path> importApp(Path qppDir, Path outDir) {
    List<Path> written = new ArrayList<>();
    for (int year : BuiltInCatalog.APP_YEARS) {
      CatalogYear y = appYear(qppDir, year);
      Path out = outDir.resolve(BuiltInCatalog.resource(CatalogProgram.APP, year));
      write(y, out);
      written.add(out);
    }
    return written;
  }

  /**
   * Builds one APP year from qpp-measures-data.
   *
   * @param qppDir the qpp-measures-data folder
   * @param year the performance year
   * @return the catalog year
   */
  public static CatalogYear appYear(Path qppDir, int year) {
    Map<String, MeasureDefinition> all =
        byId(QppMeasuresData.readMeasures(qppDir.resolve("measures").resolve("measures-data_" + year + ".json")));
    Path benchFile = qppDir.resolve("benchmarks").resolve("benchmarks_" + year + ".json");
    Map<String, MeasureDefinition> set = new LinkedHashMap<>();
    for (MeasureDefinition m : all.values()) {
      boolean quality = m.category().map("quality"::equals).orElse(true);
      boolean app = quality && (m.programs().contains("app1") || m.programs().contains("appPlus"));
      boolean wi = year <= 2024 && WEB_INTERFACE.contains(m.measureId());
      if (app || wi) {
        set.put(m.measureId(), m);
      }
    }
    if (year == 2021) {
      set.put("MCC1", MeasureDefinition.builder().measureId("MCC1")
          .title("All-Cause Unplanned Admissions for Patients with Multiple Chronic Conditions")
          .domain("Effective Clinical Care").measureType("outcome").direction(Direction.LOWER_IS_BETTER)
          .unit(RateUnit.RATE).addCollectionTypes(CollectionType.ADMINISTRATIVE_CLAIMS).addPrograms("app1").build());
    }
    List<DecileBenchmark> benchmarks = complete(
        QppMeasuresData.readBenchmarks(benchFile, all, TenValueDeciles.DROP_FIRST, set::containsKey));
    List<DecileBenchmark> asPrior = complete(
        QppMeasuresData.readBenchmarks(benchFile, all, TenValueDeciles.DROP_LAST, set::containsKey));
    List<DecileBenchmark> kept = benchmarks.stream().filter(b -> set.containsKey(b.measureId()))
        .sorted(CatalogImporter::compare).collect(Collectors.toList());
    // Administrative claims measures take the unit of their benchmark (479 is a fraction).
    for (DecileBenchmark b : kept) {
      MeasureDefinition m = set.get(b.measureId());
      if (b.collectionType().equals(CollectionType.ADMINISTRATIVE_CLAIMS) && m.unit() != b.unit()) {
        set.put(m.measureId(), m.withUnit(b.unit()));
      }
    }
    List<DecileBenchmark> prior = new ArrayList<>();
    for (DecileBenchmark p : asPrior) {
      // Only 479: MCC1's prior-year scores follow from the same reading as its PY2021 scores.
      if (p.measureId().equals("479") && !kept.contains(p)) {
        prior.add(p);
      }
    }
    prior.sort(CatalogImporter::compare);
    List<MeasureDefinition> measures = new ArrayList<>(set.values());
    measures.sort((a, b) -> a.measureId().compareTo(b.measureId()));
    return CatalogYear.builder().program(CatalogProgram.APP).performanceYear(year)
        .source("CMSgov/qpp-measures-data v11.1.0 (100b25f): measures/measures-data_" + year
            + ".json, benchmarks/benchmarks_" + year + ".json")
        .measures(measures).benchmarks(kept).priorYearBenchmarks(prior).build();
  }

  /**
   * Imports every Shared Savings Program year 2012-2020 and Pioneer year 2012-2014.
   *
   * @param qppDir the qpp-measures-data folder
   * @param outDir the resource root to write under
   * @return the files written
   */
  public static List<Path> importMsspAndPioneer(Path qppDir, Path outDir) {
    List<Path> written = new ArrayList<>();
    for (int year : BuiltInCatalog.MSSP_YEARS) {
      Path out = outDir.resolve(BuiltInCatalog.resource(CatalogProgram.MSSP, year));
      write(msspYear(qppDir, year), out);
      written.add(out);
    }
    for (int year : BuiltInCatalog.PIONEER_YEARS) {
      Path out = outDir.resolve(BuiltInCatalog.resource(CatalogProgram.PIONEER, year));
      write(CatalogYear.builder().program(CatalogProgram.PIONEER).performanceYear(year)
          .source("curated in MsspCatalogData (Pioneer ACO Model: the Shared Savings Program 2012-2014 measure set); "
              + "benchmarks not in qpp-measures-data: supply CMS's tables")
          .measures(MsspCatalogData.pioneerMeasures(year)).build(), out);
      written.add(out);
    }
    return written;
  }

  /**
   * Builds one Shared Savings Program year: the curated measure set of {@link MsspCatalogData}
   * and, for 2017-2020, the Web Interface, diabetes composite and CAHPS for ACOs benchmarks of
   * qpp-measures-data renamed to their ACO measure ids (MIPS deciles 4-10 are the program's 30th
   * to 90th percentiles). Claims-based measures and the years before 2017 have no benchmark in
   * the data: callers supply CMS's tables.
   *
   * @param qppDir the qpp-measures-data folder
   * @param year the performance year, 2012-2020
   * @return the catalog year
   */
  public static CatalogYear msspYear(Path qppDir, int year) {
    List<MeasureDefinition> measures = MsspCatalogData.msspMeasures(year);
    Set<String> ids = measures.stream().map(MeasureDefinition::measureId).collect(Collectors.toSet());
    List<DecileBenchmark> benchmarks = new ArrayList<>();
    String source = "curated in MsspCatalogData (ACO measure sets from CMS public use files and public results)";
    if (year >= 2017) {
      Map<String, MeasureDefinition> qpp =
          byId(QppMeasuresData.readMeasures(qppDir.resolve("measures").resolve("measures-data_" + year + ".json")));
      Map<String, String> toAco = MsspCatalogData.mipsIds(year);
      Path file = qppDir.resolve("benchmarks").resolve("benchmarks_" + year + ".json");
      for (DecileBenchmark b : complete(QppMeasuresData.readBenchmarks(file, qpp, TenValueDeciles.DROP_FIRST,
          toAco::containsKey))) {
        boolean msspRow = b.collectionType().equals(MsspCatalogData.WI) || b.measureId().startsWith("CAHPS_ACO_");
        String aco = toAco.get(b.measureId());
        if (msspRow && aco != null && ids.contains(aco)) {
          benchmarks.add(b.withMeasureId(aco));
        }
      }
      benchmarks.sort(CatalogImporter::compare);
      source += "; benchmarks: CMSgov/qpp-measures-data v11.1.0 (100b25f) benchmarks/benchmarks_" + year
          + ".json (cmsWebInterface and CAHPS_ACO rows)";
    } else {
      source += "; benchmarks: not in qpp-measures-data, supply CMS's tables";
    }
    return CatalogYear.builder().program(CatalogProgram.MSSP).performanceYear(year).source(source)
        .measures(measures).benchmarks(benchmarks).build();
  }

  /** The records of a read, or a failure naming every bad record the catalog would need. */
  private static <T> List<T> complete(org.acokit.io.ValueWithFailures<T> read) {
    if (!read.isComplete()) {
      org.acokit.io.Failure first = read.failures().get(0);
      throw new org.acokit.io.FailureException(org.acokit.io.Failure.builder().from(first)
          .message("records the catalog needs are malformed: " + read.failures()).build());
    }
    return read.values();
  }

  private static Map<String, MeasureDefinition> byId(org.acokit.io.ValueWithFailures<MeasureDefinition> read) {
    Map<String, MeasureDefinition> out = new LinkedHashMap<>();
    complete(read).forEach(m -> out.put(m.measureId(), m));
    return out;
  }

  private static int compare(DecileBenchmark a, DecileBenchmark b) {
    int c = a.measureId().compareTo(b.measureId());
    return c != 0 ? c : a.collectionType().cmsName().compareTo(b.collectionType().cmsName());
  }

  /**
   * The JSON text of a catalog year as the resources hold it.
   *
   * @param year the catalog year
   * @return pretty-printed JSON ending with a newline
   */
  public static String toJson(CatalogYear year) {
    try {
      return AcoJson.mapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(year) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(CatalogYear year, Path out) {
    try {
      Files.createDirectories(out.getParent());
      Files.writeString(out, toJson(year), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out, e);
    }
  }

  /**
   * Runs the import.
   *
   * @param args QPP_DIR OUT_DIR
   */
  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: CatalogImporter QPP_DIR OUT_DIR");
      System.exit(2);
    }
    List<Path> written = new ArrayList<>(importApp(Paths.get(args[0]), Paths.get(args[1])));
    written.addAll(importMsspAndPioneer(Paths.get(args[0]), Paths.get(args[1])));
    for (Path p : written) {
      System.out.println("Wrote " + p);
    }
  }
}
