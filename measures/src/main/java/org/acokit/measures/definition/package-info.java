/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
/**
 * The measure SPI: a measure definition declares its identity, scoring, groups, populations,
 * criteria, stratifiers and supplemental data; the framework applies the HL7 Quality Measure IG's
 * membership rules.
 * <p>
 * Entry point: implement {@link org.acokit.measures.definition.PatientMeasure} (register it as a
 * {@link java.util.ServiceLoader} service) and find definitions with
 * {@link org.acokit.measures.definition.PatientMeasures#load()}. Membership:
 * {@link org.acokit.measures.definition.MembershipRules}.
 */
package org.acokit.measures.definition;
