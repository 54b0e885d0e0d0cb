/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
/**
 * The Next Generation ACO Model (CMS Innovation Center, performance years 2016-2021) as
 * contract terms.
 * <p>
 * Entry point: {@link org.acokit.program.nextgen.NextGenYear#terms()}.
 */
package org.acokit.program.nextgen;
