/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.workforce;

import java.util.Optional;

/**
 * Renders an {@link IntervalReport} as plain text (system-level figures; suppressed cells as
 * {@code *}).
 */
final class ReportText {

  private ReportText() {
  }

  static String render(IntervalReport r) {
    StringBuilder s = new StringBuilder();
    s.append("=== Interval ").append(r.start()).append(" to ").append(r.end()).append(" ===\n");
    s.append("Representation (system and institutions): group, headcount start -> end, share start -> end, change (pp)\n");
    for (IntervalReport.Representation p : r.representation()) {
      if (p.kind().equals("system") || p.kind().equals("institution") || p.kind().equals("leadership")) {
        s.append(String.format("  %-12s %-16s %-22s %6d -> %6d  %s -> %s  %s%n", p.kind(), p.segment(), p.group(),
            p.headcountStart(), p.headcountEnd(), pct(p.shareStart()), pct(p.shareEnd()), num(p.changePoints(), "%+.1f")));
      }
    }
    s.append("Rates (system): group, hire, voluntary, involuntary termination per average employee, promotion per eligible\n");
    for (IntervalReport.Rates t : r.rates()) {
      if (t.institution().equals(WorkforceAnalysis.ALL)) {
        s.append(String.format("  %-22s %s %s %s %s%n", t.group(), pct(t.hireRate()), pct(t.voluntaryTerminationRate()),
            pct(t.involuntaryTerminationRate()), pct(t.promotionRate())));
      }
    }
    s.append("Applicant pipeline: stage, group, selection rate, impact ratio [95% interval], four-fifths, z, Fisher p\n");
    for (IntervalReport.StageImpact st : r.pipeline()) {
      for (GroupImpact g : st.impact().groups()) {
        s.append(String.format("  %-12s %-22s %s IR %s [%s, %s]%s z %s p %s%n", st.fromStage() + "->" + st.stage(),
            g.group(), pct(Optional.of(g.selectionRate())), d(g.impactRatio()), d(g.impactRatioLower()),
            d(g.impactRatioUpper()), g.fourFifthsFlag().orElse(false) ? " below 4/5" : "", d(g.z()),
            d(g.fisherPTwoSided())));
      }
    }
    r.talentFlow().ifPresent(f -> {
      s.append("Talent flow: choke points against ").append(f.referenceGroup())
          .append(" (level, group, promoted / at level, reference, impact ratio, Fisher one-sided p)\n");
      f.chokePoints().stream().limit(5).forEach(c -> s.append(String.format("  level %d  %-22s %d/%d vs %d/%d  IR %.3f  p %.4f%n",
          c.level(), c.group(), c.groupPromoted(), c.groupAtLevel(), c.referencePromoted(), c.referenceAtLevel(),
          c.impactRatio(), c.fisherOneSidedP())));
    });
    s.append("Engagement (system): group, respondents, mean [95% interval], difference from reference\n");
    for (IntervalReport.Engagement e : r.engagement()) {
      if (e.institution().equals(WorkforceAnalysis.ALL)) {
        s.append(String.format("  %-22s %6d  %s%n", e.group(), e.respondents(), e.suppressed() ? "* (suppressed)"
            : d(e.mean()) + " [" + d(e.lower()) + ", " + d(e.upper()) + "]  " + d(e.differenceFromReference())));
      }
    }
    for (Md715Table t : r.tables()) {
      s.append(t.render());
    }
    return s.toString();
  }

  private static String pct(Optional<Double> v) {
    return v.map(x -> String.format("%6.1f%%", 100 * x)).orElse("     - ");
  }

  private static String num(Optional<Double> v, String format) {
    return v.map(x -> String.format(format, x)).orElse("-");
  }

  private static String d(Optional<Double> v) {
    return num(v, "%.3f");
  }

  private static String d(java.util.OptionalDouble v) {
    return v.isPresent() ? String.format("%.3f", v.getAsDouble()) : "-";
  }
}
