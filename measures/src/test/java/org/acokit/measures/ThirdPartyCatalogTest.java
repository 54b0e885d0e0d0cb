/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import org.acokit.quality.CollectionType;
import org.acokit.quality.Direction;
import org.acokit.quality.RateUnit;
import org.junit.jupiter.api.Test;

/**
 * A third-party catalog, registered as a {@code ServiceLoader} service in this module's test
 * resources, is found next to the built-in one.
 */
class ThirdPartyCatalogTest {

  /** A payer's own catalog with one hospital-safety measure. */
  public static final class PayerCatalog implements MeasureCatalog {

    @Override
    public String name() {
      return "payer";
    }

    @Override
    public SortedSet<Integer> performanceYears(CatalogProgram program) {
      return program.equals(CatalogProgram.of("PAYER")) ? new TreeSet<>(java.util.List.of(2025)) : new TreeSet<>();
    }

    @Override
    public Optional<CatalogYear> year(CatalogProgram program, int performanceYear) {
      if (!program.equals(CatalogProgram.of("PAYER")) || performanceYear != 2025) {
        return Optional.empty();
      }
      return Optional.of(CatalogYear.builder().program(CatalogProgram.of("PAYER")).performanceYear(2025).source("test")
          .addMeasures(MeasureDefinition.builder().measureId("CLABSI").title("Central line-associated bloodstream "
              + "infection standardized infection ratio").domain("Patient safety")
              .direction(Direction.LOWER_IS_BETTER).unit(RateUnit.RATE).addCollectionTypes(CollectionType.CLAIMS)
              .addPrograms("PAYER").build())
          .build());
    }
  }

  @Test
  void thirdPartyCatalogIsFoundAfterTheBuiltInOne() {
    MeasureCatalogs catalogs = MeasureCatalogs.load();
    assertThat(catalogs.catalogs()).hasSize(2);
    assertThat(catalogs.catalogs().get(0)).isInstanceOf(BuiltInCatalog.class);
    assertThat(catalogs.year(CatalogProgram.of("PAYER"), 2025).measure("CLABSI").direction()).isEqualTo(Direction.LOWER_IS_BETTER);
    assertThat(catalogs.year(CatalogProgram.APP, 2023).findMeasure("110")).isPresent();
  }
}
