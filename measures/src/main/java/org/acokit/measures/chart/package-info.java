/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
/**
 * Charts of acokit's results as SVG: payment by spending for any contract terms, the benchmark's
 * steps, quality points by measure, stratified rates with intervals, simulated settlements and the
 * hospital programs' distributions.
 * <p>
 * Entry point: {@link org.acokit.measures.chart.Charts}, whose methods each return a
 * {@link org.acokit.measures.chart.Chart} to write to a file or place inline in HTML (as
 * {@link org.acokit.measures.html.Reports} does). Drawn by JFreeChart onto JFreeSVG, headless.
 */
package org.acokit.measures.chart;
