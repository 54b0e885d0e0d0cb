/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
/**
 * Explanations: ordered, lettered steps that mirror the rows of CMS's reports.
 * <p>
 * Entry point: {@link org.acokit.explain.Explanation}, rendered with
 * {@code Explanation.toTextTable()}.
 */
package org.acokit.explain;
