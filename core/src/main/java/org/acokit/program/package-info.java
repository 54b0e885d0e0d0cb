/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
/**
 * Program rules by performance year, one subpackage per program: {@code mssp} (the Medicare
 * Shared Savings Program), {@code pioneer}, {@code nextgen}, {@code reach} and
 * {@code masshealth}. Each program's year is a preset of the one contract vocabulary of
 * {@link org.acokit.contract}.
 */
package org.acokit.program;
