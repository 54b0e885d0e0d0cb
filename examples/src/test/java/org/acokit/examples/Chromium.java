/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples;

import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium for the report tests: the binary named by the system property
 * {@value #PROPERTY} ({@code .ci/run} passes {@code /usr/bin/chromium}). Unset: the browser tests
 * are skipped, saying why; set to a file that is not an executable: they fail.
 * <p>
 * Each run has a fresh profile folder, no network services (QUIC, background networking,
 * component update, sync off) and logs the page's console to standard error
 * ({@code --enable-logging=stderr --v=0}), where every console message is a line with
 * {@code :CONSOLE}.
 */
final class Chromium {

  /** The system property naming the Chromium binary. */
  static final String PROPERTY = "acokit.chromium";

  private static final long TIMEOUT_SECONDS = 120;

  private final Path binary;
  private final Path work;
  private int runs;

  private Chromium(Path binary, Path work) {
    this.binary = binary;
    this.work = work;
  }

  /**
   * The browser named by the property.
   *
   * @param work a folder for profiles and outputs
   * @return the browser
   */
  static Chromium fromProperty(Path work) {
    String name = System.getProperty(PROPERTY);
    Assumptions.assumeTrue(name != null && !name.isBlank(), "system property " + PROPERTY + " is not set: the"
        + " reports are not opened in a browser (pass -D" + PROPERTY + "=/usr/bin/chromium, as .ci/run does)");
    Path binary = Path.of(name);
    if (!Files.isRegularFile(binary) || !Files.isExecutable(binary)) {
      fail("system property " + PROPERTY + " names " + name + ", which is not an executable file");
    }
    return new Chromium(binary, work);
  }

  /** One page loaded: its DOM after load and the console messages logged. */
  record Loaded(String dom, List<String> console, String log) {
  }

  /**
   * Loads a page and dumps its DOM.
   *
   * @param page the HTML file
   * @return the DOM and the console messages
   */
  Loaded load(Path page) {
    Run r = run(List.of("--enable-logging=stderr", "--v=0", "--dump-dom", page.toUri().toString()));
    List<String> console = new ArrayList<>();
    for (String line : r.stderr.split("\n")) {
      if (line.contains(":CONSOLE") || line.contains("Uncaught")) {
        console.add(line);
      }
    }
    return new Loaded(r.stdout, console, r.stderr);
  }

  /**
   * Takes a screenshot.
   *
   * @param page the HTML or SVG file
   * @param width the window width, pixels
   * @param height the window height, pixels
   * @return the image
   */
  BufferedImage screenshot(Path page, int width, int height) {
    Path png = work.resolve("shot-" + (runs + 1) + ".png");
    run(List.of("--hide-scrollbars", "--window-size=" + width + "," + height, "--screenshot=" + png,
        page.toUri().toString()));
    try {
      BufferedImage image = ImageIO.read(png.toFile());
      if (image == null) {
        fail("Chromium wrote no PNG image for " + page + " to " + png);
      }
      return image;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the screenshot " + png, e);
    }
  }

  private record Run(String stdout, String stderr) {
  }

  private Run run(List<String> args) {
    runs++;
    Path profile = work.resolve("profile-" + runs);
    Path out = work.resolve("stdout-" + runs + ".txt");
    Path err = work.resolve("stderr-" + runs + ".txt");
    List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile));
    command.addAll(args);
    try {
      Files.createDirectories(profile);
      Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        fail("Chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command);
      }
      String stderr = Files.readString(err, StandardCharsets.UTF_8);
      if (p.exitValue() != 0) {
        fail("Chromium exited with " + p.exitValue() + ": " + command + "\n" + stderr);
      }
      return new Run(Files.readString(out, StandardCharsets.UTF_8), stderr);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running Chromium", e);
    }
  }

  /**
   * Counts the pixels that are not near-white.
   *
   * @param image the image
   * @return the count
   */
  static long inked(BufferedImage image) {
    long n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        if (r < 235 || g < 235 || b < 235) {
          n++;
        }
      }
    }
    return n;
  }

  /**
   * Counts the coloured pixels (channels apart by more than 60): the pages' own CSS is grey, so
   * these are the charts' bars, lines and markers.
   *
   * @param image the image
   * @return the count
   */
  static long coloured(BufferedImage image) {
    long n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 60) {
          n++;
        }
      }
    }
    return n;
  }
}
