/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.puf;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The columns {@link PufReader} reads from a file with named columns (2014-2024 and the
 * standardized files), each with every name CMS published it under, in order of preference;
 * names match ignoring case. Adding a name a new year uses is one line here. The track flags are
 * in {@link PufTracks}, the 2013 positions in {@link Puf2013Layout}.
 */
enum PufColumns {
  ACO_ID("ACO_ID", "ACO_Num"),
  ACO_NAME("ACO_Name"),
  YEAR("performance_year", "year"),
  AGREEMENT_START("Current_Start_Date", "Start_Date"),
  AGREEMENT_PERIOD("Agreement_Period_Num"),
  BENEFICIARIES("N_AB"),
  PERSON_YEARS("N_AB_Year_PY", "N_AB_Year"),
  BENCHMARK("ABtotBnchmk"),
  EXPENDITURES("ABtotExp"),
  UPDATED_BENCHMARK("UpdatedBnchmk"),
  HISTORICAL_BENCHMARK("HistBnchmk"),
  GENERATED("GenSaveLoss"),
  SAVINGS_RATE("Sav_rate"),
  MINIMUM_SAVINGS_RATE("MinSavPerc"),
  QUALITY_SCORE("QualScore"),
  MET_QPS("Met_QPS"),
  MET_ALT_QPS("Met_AltQPS"),
  MAXIMUM_SHARING_RATE("MaxShareRate", "QualPerfShare"),
  FINAL_SHARING_RATE("FinalShareRate"),
  FINAL_LOSS_RATE("FinalLossRate"),
  EARNED("EarnSaveLoss"),
  DISASTER_ADJUSTMENT("DisAdj"),
  REVENUE_LOSS_LIMIT("RevLossLimit"),
  REVENUE_CATEGORY("Rev_Exp_Cat"),
  REDUCED_SHARING_RATE("ReducedSS"),
  CURRENT_TRACK("Current_Track");

  /** The published names, preferred first. */
  final List<String> names;

  PufColumns(String... names) {
    this.names = List.of(names);
  }

  /**
   * Looks every column up once in a file's header.
   *
   * @param file the file
   * @return the columns found
   */
  static Found find(PufFile file) {
    Map<PufColumns, PufFile.Column> found = new EnumMap<>(PufColumns.class);
    for (PufColumns c : values()) {
      file.column(c.names.toArray(new String[0])).ifPresent(column -> found.put(c, column));
    }
    return new Found(found);
  }

  /** The columns of one file, looked up once. */
  static final class Found {
    private final Map<PufColumns, PufFile.Column> columns;

    private Found(Map<PufColumns, PufFile.Column> columns) {
      this.columns = columns;
    }

    /** The column of the file, empty if the file has none under any of its names. */
    Optional<PufFile.Column> get(PufColumns column) {
      return Optional.ofNullable(columns.get(column));
    }
  }
}
