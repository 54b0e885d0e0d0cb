/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
/**
 * The one settlement engine: contract terms in one vocabulary for every program (the MSSP's
 * tracks and years, Pioneer, Next Generation, ACO REACH, MassHealth) and for bespoke payer
 * contracts, their validation, their JSON form, and their settlement.
 * <p>
 * Entry points: {@link org.acokit.contract.ContractTerms} (the terms),
 * {@link org.acokit.contract.ContractValidator#validate(ContractTerms)} (every inconsistency as a
 * {@link org.acokit.io.Failure}), {@link org.acokit.contract.ContractJson} (load and save, errors
 * name the JSON path) and {@link org.acokit.contract.ResolvedContract#of(ContractTerms)}, the terms
 * compiled once into a settlement function whose
 * {@link org.acokit.contract.ResolvedContract#settle(PerformanceInputs)} is the allocation-light
 * fast path and whose {@link org.acokit.contract.ContractResult#explain()} shows the same
 * computation as lettered steps ({@link org.acokit.contract.ContractStep}); program views such as
 * the MSSP's Table 3 render the same steps in their own lettering
 * ({@link org.acokit.contract.ContractSteps}).
 */
package org.acokit.contract;
