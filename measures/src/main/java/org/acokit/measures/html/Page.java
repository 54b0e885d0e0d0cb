/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.html;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import org.acokit.explain.Explanation;
import org.acokit.explain.ExplanationStep;
import org.acokit.explain.Formats;
import org.acokit.explain.ValueKind;
import org.acokit.measures.chart.Chart;

/**
 * Builds one page. Every text that reaches the page passes through {@link #text(String)} (Guava's
 * HTML escaper: {@code & < > " '}), so that no measure name, label or value can add markup; the
 * only markup not built here is the charts' SVG, whose text JFreeSVG escapes as XML. Not
 * thread-safe (one page, one thread).
 */
final class Page {

  private static final Escaper ESCAPER = HtmlEscapers.htmlEscaper();
  private static final String STYLE = String.join("\n",
      "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'DejaVu Sans',sans-serif;margin:0;color:#222;"
          + "background:#fafafa}",
      "main{max-width:1100px;margin:0 auto;padding:24px}",
      "h1{font-size:1.6em;margin:0 0 4px}h2{font-size:1.25em;margin-top:32px;border-bottom:1px solid #ccc}",
      ".sub{color:#555;margin:0 0 16px}",
      ".figures{display:flex;flex-wrap:wrap;gap:12px;margin:16px 0}",
      ".figure{background:#fff;border:1px solid #ddd;border-radius:6px;padding:10px 14px;min-width:150px}",
      ".figure .label{font-size:.8em;color:#555}.figure .value{font-size:1.3em;font-weight:600}",
      "table{border-collapse:collapse;background:#fff;font-size:.9em;margin:8px 0}",
      "th,td{border:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}",
      "th{background:#f0f0f0}td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}",
      "tr.bad td{background:#fde2e1}tr.na td{color:#777}",
      "figure.chart{background:#fff;border:1px solid #ddd;margin:16px 0;padding:8px}",
      "figure.chart svg{max-width:100%;height:auto;display:block}",
      "figcaption{font-size:.85em;color:#555}pre{background:#fff;border:1px solid #ddd;padding:8px;overflow:auto}",
      "details summary{cursor:pointer;margin:8px 0}");

  private final String title;
  private final StringBuilder body = new StringBuilder();

  Page(String title, String subtitle) {
    this.title = title;
    body.append("<h1>").append(text(title)).append("</h1>\n");
    body.append("<p class=\"sub\">").append(text(subtitle)).append("</p>\n");
  }

  /** Escapes text for HTML content and attribute values. */
  static String text(String s) {
    return ESCAPER.escape(s);
  }

  Page heading(String text, String id) {
    body.append("<h2 id=\"").append(text(id)).append("\">").append(text(text)).append("</h2>\n");
    return this;
  }

  Page paragraph(String text) {
    body.append("<p>").append(text(text)).append("</p>\n");
    return this;
  }

  Page preformatted(String text) {
    body.append("<pre>").append(text(text)).append("</pre>\n");
    return this;
  }

  /** Key figures: each a label and a value, with an id (for tests and links). */
  Page figures(List<String[]> figures) {
    body.append("<div class=\"figures\">\n");
    for (String[] f : figures) {
      body.append("<div class=\"figure\" id=\"").append(text(f[0])).append("\"><div class=\"label\">")
          .append(text(f[1])).append("</div><div class=\"value\">").append(text(f[2])).append("</div></div>\n");
    }
    body.append("</div>\n");
    return this;
  }

  /**
   * A table. {@code numeric[i]} right-aligns column i; a row whose first cell is {@code null}
   * carries a CSS class in its second element (dropped from the cells).
   */
  Page table(String id, List<String> headers, boolean[] numeric, List<Row> rows) {
    body.append("<table id=\"").append(text(id)).append("\">\n<thead><tr>");
    for (String h : headers) {
      body.append("<th>").append(text(h)).append("</th>");
    }
    body.append("</tr></thead>\n<tbody>\n");
    for (Row r : rows) {
      body.append(r.css.isEmpty() ? "<tr>" : "<tr class=\"" + text(r.css) + "\">");
      for (int i = 0; i < r.cells.size(); i++) {
        body.append(i < numeric.length && numeric[i] ? "<td class=\"num\">" : "<td>").append(text(r.cells.get(i)))
            .append("</td>");
      }
      body.append("</tr>\n");
    }
    body.append("</tbody>\n</table>\n");
    return this;
  }

  Page openDetails(String summary) {
    body.append("<details><summary>").append(text(summary)).append("</summary>\n");
    return this;
  }

  Page closeDetails() {
    body.append("</details>\n");
    return this;
  }

  /** An explanation's steps: row letter, step, value, formula. */
  Page explanation(String id, Explanation e) {
    heading(e.title(), id);
    List<Row> rows = new java.util.ArrayList<>();
    for (ExplanationStep s : e.steps()) {
      rows.add(new Row(s.applies() ? "" : "na", s.row(), s.label(), display(s), s.formula()));
    }
    return table(id + "-table", List.of("Row", "Step", "Value", "Formula"), new boolean[] {false, false, true, false},
        rows);
  }

  /** A chart, inline, with its title as caption; the figure's id is {@code id}. */
  Page chart(String id, Chart chart) {
    body.append("<figure class=\"chart\" id=\"").append(text(id)).append("\">\n").append(chart.svg())
        .append("\n<figcaption>").append(text(chart.title())).append("</figcaption>\n</figure>\n");
    return this;
  }

  Report build() {
    String html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline';"
        + " img-src data:\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<meta name=\"generator\" content=\"acokit\">\n<title>" + text(title) + "</title>\n<style>\n" + STYLE
        + "\n</style>\n</head>\n<body>\n<main>\n" + body + "<p class=\"sub\">Made with acokit. Values are unrounded"
        + " computations shown rounded for reading.</p>\n</main>\n</body>\n</html>\n";
    return new Report(title, html);
  }

  /** A step's value as shown: dollars with $, rates as percents, no negative zero. */
  static String display(ExplanationStep s) {
    if (s.text().isPresent()) {
      return s.text().get();
    }
    if (s.value().isEmpty()) {
      return "\u2013";
    }
    double v = s.value().getAsDouble();
    if (s.kind() == ValueKind.RATE && isRatio(s.label())) {
      return Formats.value(ValueKind.RATE, v == 0 ? 0.0 : v);
    }
    return value(s.kind(), v);
  }

  /** Ratios and factors (a risk ratio of 1.03, a completion factor) print as numbers, not percents. */
  private static boolean isRatio(String label) {
    String l = label.toLowerCase(Locale.ROOT);
    return !l.contains("%") && (l.contains("ratio") || l.contains("factor"));
  }

  static String value(ValueKind kind, double v) {
    double x = v == 0 ? 0.0 : v;
    switch (kind) {
      case DOLLARS:
        return (x < 0 ? "-$" : "$") + Formats.value(ValueKind.DOLLARS, Math.abs(x));
      case RATE:
        return Formats.percent(x);
      default:
        return Formats.value(kind, x);
    }
  }

  static String dollars(double v) {
    return value(ValueKind.DOLLARS, v);
  }

  static String percent(double fraction) {
    return Formats.percent(fraction == 0 ? 0.0 : fraction);
  }

  static String number(OptionalDouble v, String format) {
    return v.isPresent() ? String.format(Locale.ROOT, format, v.getAsDouble() == 0 ? 0.0 : v.getAsDouble()) : "\u2013";
  }

  static String number(double v, String format) {
    return String.format(Locale.ROOT, format, v == 0 ? 0.0 : v);
  }

  /** One table row: its CSS class (empty for none) and its cells. */
  static final class Row {
    final String css;
    final List<String> cells;

    Row(String css, String... cells) {
      this.css = css;
      this.cells = List.of(cells);
    }
  }
}
