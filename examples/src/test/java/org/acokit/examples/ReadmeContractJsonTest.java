/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.acokit.contract.ContractJson;
import org.acokit.contract.ContractTerms;
import org.acokit.contract.ContractValidator;
import org.acokit.contract.PerformanceInputs;
import org.acokit.contract.ResolvedContract;
import org.acokit.quality.QualityStandard;
import org.junit.jupiter.api.Test;

/**
 * The complete contract JSON of the README (and of {@link ContractJson}'s javadoc) reads, is
 * valid, settles, and has every field of {@link ContractTerms}.
 */
class ReadmeContractJsonTest {

  private static String readmeJson() throws Exception {
    List<String> lines = Files.readAllLines(Path.of("../README.md"), StandardCharsets.UTF_8);
    int from = -1;
    int to = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("<!-- contract-json")) {
        from = i;
      } else if (lines.get(i).startsWith("<!-- /contract-json -->")) {
        to = i;
      }
    }
    assertThat(from).as("README.md has the contract-json markers").isNotNegative();
    return lines.subList(from + 1, to).stream().filter(l -> !l.startsWith("```")).collect(Collectors.joining("\n"));
  }

  private static Set<String> paths(JsonNode node, String prefix, Set<String> out) {
    if (node.isObject()) {
      for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
        String name = names.next();
        if (node.get(name).isNull()) {
          continue;   // an optional field not set in this band (the last band's open upper bound)
        }
        out.add(prefix + name);
        paths(node.get(name), prefix + name + ".", out);
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        paths(element, prefix, out);
      }
    }
    return out;
  }

  @Test
  void theReadmeContractIsCompleteValidAndSettles() throws Exception {
    String json = readmeJson();
    ContractTerms terms = ContractJson.read(json);
    assertThat(ContractValidator.validate(terms)).isEmpty();
    // every field ContractJson writes (all of ContractTerms, nested types included) is in the README
    ObjectMapper mapper = new ObjectMapper();
    Set<String> written = paths(mapper.readTree(ContractJson.write(terms)), "", new TreeSet<>());
    Set<String> shown = paths(mapper.readTree(json), "", new TreeSet<>());
    assertThat(shown).containsAll(written);
    assertThat(written).contains("savingsBands.upper", "minimumRateScale.rows.lowSize", "quality.withholdEarnBack", "stopLoss.attachmentPoint",
        "sequestrationOrder", "recalculatedBenchmarkGuardrail");
    assertThat(ContractJson.read(ContractJson.write(terms))).isEqualTo(terms);
    double payment = ResolvedContract.of(terms).settle(PerformanceInputs.builder().benchmark(80_000_000)
        .expenditure(74_500_000).expenditureAboveAttachmentPoint(1_200_000).beneficiaries(12_000).qualityScore(0.72).qualityStandard(QualityStandard.MET)
        .participantRevenue(30_000_000).build()).payment();
    assertThat(payment).isPositive();
  }

  @Test
  void contractJsonJavadocShowsTheSameContract() throws Exception {
    String source = Files.readString(Path.of("../core/src/main/java/org/acokit/contract/ContractJson.java"),
        StandardCharsets.UTF_8);
    String javadoc = source.lines().map(l -> l.replaceFirst("^ \\* ?", "")).collect(Collectors.joining("\n"));
    assertThat(javadoc).contains(readmeJson());
  }
}
