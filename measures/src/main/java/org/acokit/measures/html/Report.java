/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One self-contained HTML report: a single UTF-8 page with its CSS and charts (SVG) inline, no
 * script and no reference to any other file or network address (its Content-Security-Policy
 * forbids loading any). Made by {@link Reports}; opened in any browser after
 * {@link #writeTo(Path)}. Immutable and thread-safe.
 */
public final class Report {

  private final String title;
  private final String html;

  Report(String title, String html) {
    this.title = title;
    this.html = html;
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
   * The page.
   *
   * @return the HTML document, starting with {@code <!DOCTYPE html>}
   */
  public String html() {
    return html;
  }

  /**
   * Writes the page to a file, creating its folder if needed.
   *
   * @param file the file, usually ending in {@code .html}
   * @return the file
   * @throws UncheckedIOException if the file cannot be written
   */
  public Path writeTo(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, html, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report \"" + title + "\" to " + file, e);
    }
  }

  @Override
  public String toString() {
    return "Report{" + title + ", " + html.length() + " characters of HTML}";
  }
}
