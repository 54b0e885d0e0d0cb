/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.explain;

import java.util.Optional;

import com.google.common.collect.ImmutableList;
import org.acokit.internal.AcoStyle;
import org.immutables.value.Value;

/**
 * An ordered list of lettered steps that explains how a result was reached, in the order and
 * lettering of the CMS report table it mirrors.
 * <p>
 * Renderers: {@code toTextTable()} for JShell and logs, {@code toMarkdown()} and
 * {@code toCsv()}. Numbers print rounded for reading only (dollars to the cent, rates labelled
 * {@code (%)} as percents to four decimals, other rates and ratios to six decimals, never a negative
 * zero; see {@link Formats#stepValue(ExplanationStep)}); the steps keep the unrounded values. Immutable and thread-safe.
 */
@Value.Immutable
@AcoStyle
abstract class AbstractExplanation {

  /**
   * The title, such as {@code "Table 3: Shared Savings/Losses Calculation"}.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * The steps in report order.
   *
   * @return the steps
   */
  public abstract ImmutableList<ExplanationStep> steps();

  /**
   * Finds the step with the given row letter.
   *
   * @param row the row letter, without brackets
   * @return the step, empty if there is none
   */
  public Optional<ExplanationStep> step(String row) {
    return steps().stream().filter(s -> s.row().equals(row)).findFirst();
  }

  /**
   * Renders the explanation as a fixed-width text table.
   *
   * @return the table, one line per step, ending with a newline
   */
  public String toTextTable() {
    int labelWidth = "Step".length();
    int valueWidth = "Value".length();
    for (ExplanationStep s : steps()) {
      labelWidth = Math.max(labelWidth, s.label().length() + s.row().length() + 3);
      valueWidth = Math.max(valueWidth, display(s).length());
    }
    StringBuilder out = new StringBuilder();
    out.append(title()).append('\n');
    String header = pad("Step", labelWidth) + "  " + padLeft("Value", valueWidth) + "  Formula";
    out.append(header).append('\n');
    out.append("-".repeat(header.length() + 20)).append('\n');
    for (ExplanationStep s : steps()) {
      out.append(pad("[" + s.row() + "] " + s.label(), labelWidth))
          .append("  ")
          .append(padLeft(display(s), valueWidth))
          .append("  ")
          .append(s.formula())
          .append('\n');
    }
    return out.toString();
  }

  /**
   * Renders the explanation as a Markdown table.
   *
   * @return the Markdown text
   */
  public String toMarkdown() {
    StringBuilder out = new StringBuilder();
    out.append("**").append(title()).append("**\n\n");
    out.append("| Row | Step | Value | Formula |\n|---|---|---:|---|\n");
    for (ExplanationStep s : steps()) {
      out.append("| [").append(s.row()).append("] | ").append(s.label().replace("|", "\\|"))
          .append(" | ").append(display(s)).append(" | ").append(s.formula().replace("|", "\\|"))
          .append(" |\n");
    }
    return out.toString();
  }

  /**
   * Renders the explanation as CSV with the header {@code row,label,kind,value,formula}; numbers
   * are written unrounded.
   *
   * @return the CSV text
   */
  public String toCsv() {
    StringBuilder out = new StringBuilder("row,label,kind,value,formula\n");
    for (ExplanationStep s : steps()) {
      String value = s.value().isPresent() ? Double.toString(s.value().getAsDouble() + 0.0) : s.text().orElse("");
      out.append(csv(s.row())).append(',').append(csv(s.label())).append(',').append(s.kind())
          .append(',').append(csv(value)).append(',').append(csv(s.formula())).append('\n');
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return toTextTable();
  }

  private static String display(ExplanationStep s) {
    return Formats.stepValue(s);
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }

  private static String padLeft(String s, int width) {
    return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
  }

  private static String csv(String s) {
    if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
      return '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }
}
