/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
/**
 * CMS's Medicare Shared Savings Program public use files (PUF): a reader for every year's file
 * and the reconciliation of the settlement engine against every published ACO-year.
 * <p>
 * Entry points: {@link org.acokit.puf.PufReader} and {@link org.acokit.puf.PufReconciliation}.
 */
package org.acokit.puf;
