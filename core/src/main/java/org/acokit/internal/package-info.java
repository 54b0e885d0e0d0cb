/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
/**
 * Code that is not API: the project's Immutables style and argument checks.
 */
package org.acokit.internal;
