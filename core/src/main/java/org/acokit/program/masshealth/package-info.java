/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
/**
 * The MassHealth (Massachusetts Medicaid) ACO program, 2018 on, as contract terms, and the DSRIP
 * accountability share at risk by budget period.
 * <p>
 * Entry points: {@link org.acokit.program.masshealth.MassHealthYear#terms()} and
 * {@link org.acokit.program.masshealth.MassHealthDsrip}.
 */
package org.acokit.program.masshealth;
