/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
/**
 * Test support for contract terms, for users who test their own contracts.
 * <p>
 * Entry points: {@link org.acokit.testkit.SettlementAssert#assertSettlement} (settle these inputs
 * under these terms, expect this payment within this tolerance; a failure explains the
 * difference step by step), {@link org.acokit.testkit.ContractArbitraries} (jqwik
 * {@code Arbitrary} providers of contract terms, program presets and performance inputs) and
 * {@link org.acokit.testkit.ContractInvariants} (payment continuous at corridor boundaries,
 * non-decreasing in savings, caps never exceeded, exact JSON round trip).
 */
package org.acokit.testkit;
