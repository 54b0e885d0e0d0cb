/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.immutables.value.Value;

/**
 * The one Immutables style of the project.
 * <p>
 * An abstract value type named {@code AbstractFoo} generates the public immutable type {@code Foo}
 * with a builder ({@code Foo.builder()}), with-ers and plain accessor names (no {@code get}
 * prefix). Invariants live in {@code @Value.Check} methods that throw
 * {@link IllegalArgumentException} naming the field, the value and what is allowed.
 * Class retention keeps incremental compilation working.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "Abstract*",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true, prehash = false),
    jdkOnly = false,
    allParameters = false,
    optionalAcceptNullable = false,
    throwForInvalidImmutableState = IllegalArgumentException.class,
    throwForNullPointer = NullPointerException.class,
    // No generated-code annotations: Immutables' @Generated(from = "Abstract...") is @Documented,
    // and would name the package-private Abstract* templates in the public javadoc.
    allowedClasspathAnnotations = {Override.class})
public @interface AcoStyle {
}
