/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.chart;

import java.awt.Rectangle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * One chart, drawn as SVG: its title, its size in pixels and its SVG element. Made by
 * {@link Charts}; written to a file with {@link #writeTo(Path)} or placed inline in an HTML page
 * with {@link #svg()}.
 * <p>
 * The SVG is drawn once, when the chart is made, by JFreeChart onto JFreeSVG's
 * {@code SVGGraphics2D}: no display, window or browser is needed (it runs with
 * {@code java.awt.headless=true}), and text is written as SVG text in the generic
 * {@code sans-serif} family, so a viewer uses its own fonts. Each chart's SVG definitions (clip
 * paths) carry a prefix unique in the running JVM, so that several charts can share one HTML page.
 * Immutable and thread-safe.
 */
public final class Chart {

  private static final AtomicLong SEQUENCE = new AtomicLong();

  private final String title;
  private final int width;
  private final int height;
  private final String svg;

  private Chart(String title, int width, int height, String svg) {
    this.title = title;
    this.width = width;
    this.height = height;
    this.svg = svg;
  }

  /**
   * Draws a JFreeChart as SVG.
   *
   * @param title the chart's title, as shown
   * @param chart the chart
   * @param width the width, pixels
   * @param height the height, pixels
   * @return the chart
   */
  static Chart draw(String title, JFreeChart chart, int width, int height) {
    SVGGraphics2D g = new SVGGraphics2D(width, height);
    g.setDefsKeyPrefix("acokit" + SEQUENCE.incrementAndGet() + "_");
    chart.draw(g, new Rectangle(0, 0, width, height));
    String element = g.getSVGElement(null, true, new ViewBox(0, 0, width, height), null, null);
    g.dispose();
    return new Chart(title, width, height, element);
  }

  /**
   * The title.
   *
   * @return the title, plain text
   */
  public String title() {
    return title;
  }

  /**
   * The width.
   *
   * @return the width, pixels
   */
  public int width() {
    return width;
  }

  /**
   * The height.
   *
   * @return the height, pixels
   */
  public int height() {
    return height;
  }

  /**
   * The chart as one {@code <svg>} element (with its namespace), ready to place inline in HTML.
   *
   * @return the SVG element
   */
  public String svg() {
    return svg;
  }

  /**
   * Writes the chart to a standalone SVG file (an XML declaration and the {@link #svg()} element),
   * creating its folder if needed.
   *
   * @param file the file to write, usually ending in {@code .svg}
   * @return the file
   * @throws UncheckedIOException if the file cannot be written
   */
  public Path writeTo(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg + "\n", StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the chart \"" + title + "\" to " + file, e);
    }
  }

  @Override
  public String toString() {
    return "Chart{" + title + ", " + width + "x" + height + " px, " + svg.length() + " characters of SVG}";
  }
}
