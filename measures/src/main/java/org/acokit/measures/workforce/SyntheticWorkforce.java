/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.workforce;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A seeded synthetic health-system workforce with planted flows, for tests, examples and
 * benchmarks: the engine must recover what is planted here within sampling error.
 * <p>
 * Each interval, every employee at the start independently leaves with probability
 * {@code exit[g][l]} (a separation event, voluntary with probability 0.7), else is promoted one
 * level with probability {@code promotion[g][l]} (a promotion event), else stays; applicants
 * (group drawn by {@code applicantShares}) pass each pipeline stage with probability
 * {@code stagePass[g][s]}, and those reaching the last stage are hired at level 1 (a hire event)
 * and appear in the end snapshot. Half the employees answer the engagement survey, with scores
 * Normal({@code engagementMean[g]}, 0.7). Institutions, units and job families are drawn
 * uniformly. The result is reproducible from the seed. Stateless and thread-safe.
 */
public final class SyntheticWorkforce {

  private static final List<String> FAMILIES = List.of("nursing", "physicians", "allied health", "administration");

  private SyntheticWorkforce() {
  }

  /**
   * What to plant.
   *
   * @param groups the groups (values of the demographic dimension {@code race})
   * @param workforceShares the groups' shares of the starting workforce
   * @param applicantShares the groups' shares of applicants
   * @param levels the number of levels L
   * @param exit P(exit) per group and level, [g][l − 1]
   * @param promotion P(promotion one level up) per group and level below the top, [g][l − 1]
   * @param stages the pipeline stages
   * @param stagePass P(reaching stage s | reached s − 1) per group, [g][s − 1]
   * @param engagementMean the mean engagement score per group
   * @param institutions the number of institutions
   * @param unitsPerInstitution units per institution
   * @param initialHeadcount employees in the first snapshot
   * @param applicantsPerInterval applicants per interval
   * @param start the first snapshot date
   * @param intervals the number of two-year intervals
   */
  public record Plan(List<String> groups, double[] workforceShares, double[] applicantShares, int levels, double[][] exit,
      double[][] promotion, List<String> stages, double[][] stagePass, double[] engagementMean, int institutions,
      int unitsPerInstitution, int initialHeadcount, int applicantsPerInterval, LocalDate start, int intervals) {

    /**
     * Checks the shapes and probabilities.
     *
     * @throws IllegalArgumentException naming the field if a shape or probability is wrong
     */
    public Plan {
      Objects.requireNonNull(start, "start");
      int g = groups.size();
      if (workforceShares.length != g || applicantShares.length != g || exit.length != g || promotion.length != g
          || stagePass.length != g || engagementMean.length != g) {
        throw new IllegalArgumentException("every per-group array needs " + g + " entries, one per group " + groups);
      }
      for (int i = 0; i < g; i++) {
        if (exit[i].length != levels || promotion[i].length != levels - 1 || stagePass[i].length != stages.size() - 1) {
          throw new IllegalArgumentException("group " + groups.get(i) + ": exit needs " + levels + " levels, promotion "
              + (levels - 1) + ", stagePass " + (stages.size() - 1) + " stages");
        }
        for (int l = 0; l < levels; l++) {
          double p = exit[i][l] + (l < levels - 1 ? promotion[i][l] : 0);
          if (exit[i][l] < 0 || p > 1 || (l < levels - 1 && promotion[i][l] < 0)) {
            throw new IllegalArgumentException("group " + groups.get(i) + " level " + (l + 1)
                + ": exit and promotion probabilities must be 0 or more and sum to at most 1");
          }
        }
      }
      if (institutions < 1 || unitsPerInstitution < 1 || initialHeadcount < 1 || intervals < 1 || levels < 2) {
        throw new IllegalArgumentException("institutions, units, headcount and intervals must be 1 or more, levels 2 or more");
      }
    }
  }

  /**
   * Generates the data.
   *
   * @param plan what to plant
   * @param seed the seed
   * @return the data, consistent by construction
   */
  public static HrData generate(Plan plan, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<Employee> snapshots = new ArrayList<>();
    List<HrEvent> events = new ArrayList<>();
    List<SurveyResponse> responses = new ArrayList<>();
    List<Employee> current = new ArrayList<>();
    int nextId = 0;
    for (int i = 0; i < plan.initialHeadcount(); i++) {
      int g = draw(rnd, plan.workforceShares());
      // a pyramid: level l with weight L − l + 1
      double[] w = new double[plan.levels()];
      for (int l = 0; l < w.length; l++) {
        w[l] = plan.levels() - l;
      }
      current.add(employee(plan, rnd, plan.start(), "E" + nextId++, g, draw(rnd, w) + 1));
    }
    snapshots.addAll(current);
    LocalDate start = plan.start();
    for (int k = 0; k < plan.intervals(); k++) {
      LocalDate end = start.plusYears(2);
      long days = ChronoUnit.DAYS.between(start, end);
      List<Employee> next = new ArrayList<>();
      for (Employee e : current) {
        int g = plan.groups().indexOf(e.demographics().get("race"));
        int l = e.level();
        double u = rnd.nextDouble();
        LocalDate when = start.plusDays(rnd.nextLong(days));
        if (u < plan.exit()[g][l - 1]) {
          EventType type = rnd.nextDouble() < 0.7 ? EventType.SEPARATION_VOLUNTARY : EventType.SEPARATION_INVOLUNTARY;
          events.add(event(e, type, when, l).build());
        } else if (l < plan.levels() && u < plan.exit()[g][l - 1] + plan.promotion()[g][l - 1]) {
          events.add(event(e, EventType.PROMOTION, when, l + 1).fromLevel(l).build());
          next.add(Employee.copyOf(e).withDate(end).withLevel(l + 1).withLeadership(l + 1 == plan.levels()));
        } else {
          next.add(Employee.copyOf(e).withDate(end));
        }
        if (rnd.nextDouble() < 0.5) {
          responses.add(SurveyResponse.builder().date(when).institution(e.institution()).unit(e.unit())
              .score(plan.engagementMean()[g] + 0.7 * gaussian(rnd)).demographics(e.demographics()).build());
        }
      }
      for (int a = 0; a < plan.applicantsPerInterval(); a++) {
        int g = draw(rnd, plan.applicantShares());
        int reached = 0;
        while (reached < plan.stages().size() - 1 && rnd.nextDouble() < plan.stagePass()[g][reached]) {
          reached++;
        }
        LocalDate applied = start.plusDays(rnd.nextLong(days - 60));
        Employee hire = employee(plan, rnd, end, "A" + nextId++, g, 1);
        events.add(event(hire, EventType.APPLICATION, applied, 1).stage(plan.stages().get(reached)).build());
        if (reached == plan.stages().size() - 1) {
          events.add(event(hire, EventType.HIRE, applied.plusDays(30), 1).build());
          next.add(hire);
        }
      }
      snapshots.addAll(next);
      current = next;
      start = end;
    }
    return HrData.of(snapshots, events, responses);
  }

  private static Employee employee(Plan plan, SplittableRandom rnd, LocalDate date, String id, int g, int level) {
    int inst = rnd.nextInt(plan.institutions());
    String family = FAMILIES.get(rnd.nextInt(FAMILIES.size()));
    return Employee.builder().date(date).employeeId(id).institution("Institution " + (char) ('A' + inst))
        .unit("Unit " + (rnd.nextInt(plan.unitsPerInstitution()) + 1)).jobFamily(family).level(level)
        .clinician(!family.equals("administration")).leadership(level == plan.levels())
        .demographics(Map.of("race", plan.groups().get(g), "sex", rnd.nextBoolean() ? "female" : "male")).build();
  }

  private static HrEvent.Builder event(Employee e, EventType type, LocalDate date, int level) {
    return HrEvent.builder().date(date).personId(e.employeeId()).type(type).institution(e.institution()).unit(e.unit())
        .jobFamily(e.jobFamily()).level(level).demographics(e.demographics());
  }

  private static int draw(SplittableRandom rnd, double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double u = rnd.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      u -= weights[i];
      if (u < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  private static double gaussian(SplittableRandom rnd) {
    // Box–Muller
    double u = 1 - rnd.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rnd.nextDouble());
  }
}
