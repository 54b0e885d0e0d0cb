/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
/**
 * Terminology: codes, code systems and value sets (FHIR ValueSet expansions), and their
 * compilation against a dataset's interned codes.
 * <p>
 * Entry point: {@link org.acokit.measures.terminology.ValueSets#read(java.nio.file.Path)}, then
 * {@link org.acokit.measures.terminology.ValueSets#get(String)} by canonical URL, and
 * {@link org.acokit.measures.terminology.ValueSet#compile(CodeDictionary)} against a dataset's
 * {@link org.acokit.measures.terminology.CodeDictionary}: resolve once, then membership is an
 * int lookup ({@link org.acokit.measures.terminology.CompiledValueSet#contains(int)}).
 */
package org.acokit.measures.terminology;
