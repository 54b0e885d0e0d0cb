/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
/**
 * Contract terms: one vocabulary for the shared-savings terms of every program and of bespoke
 * payer contracts, their validation, their JSON form and the settlement under them.
 * <p>
 * Entry points: {@link org.acokit.contract.ContractTerms} (the terms),
 * {@link org.acokit.contract.ContractValidator#validate(ContractTerms)} (every inconsistency as a
 * named {@link org.acokit.contract.ContractProblem}), {@link org.acokit.contract.ContractJson}
 * (load and save, errors name the JSON path) and
 * {@link org.acokit.contract.ContractSettlement#settle(ContractTerms, PerformanceInputs)}, whose
 * {@link org.acokit.contract.ContractResult} explains itself in lettered steps.
 */
package org.acokit.contract;
