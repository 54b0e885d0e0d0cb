/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
/**
 * The Medicare Shared Savings Program settlement engine.
 * <p>
 * Entry point: {@link org.acokit.program.mssp.MsspSettlement#settle(MsspInput)}, which turns a
 * {@link org.acokit.program.mssp.MsspInput} into a {@link org.acokit.program.mssp.MsspResult}
 * that explains itself in the rows of CMS's Table 3.
 */
package org.acokit.program.mssp;
