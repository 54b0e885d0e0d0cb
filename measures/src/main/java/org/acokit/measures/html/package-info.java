/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
/**
 * Self-contained HTML reports of acokit's results: a settlement, a replayed CMS settlement report,
 * a quality score, an equity report and the hospital programs' results, each one file with its CSS
 * and charts inline, no script and no network access, every text escaped.
 * <p>
 * Entry point: {@link org.acokit.measures.html.Reports}, whose methods each return a
 * {@link org.acokit.measures.html.Report} to write to a file; the charts come from
 * {@link org.acokit.measures.chart.Charts}.
 */
package org.acokit.measures.html;
