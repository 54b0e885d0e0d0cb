/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.testing;

import static org.assertj.core.api.Assertions.fail;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import org.acokit.population.EnrollmentType;
import org.acokit.population.EnrollmentVector;

/**
 * Walks a result object through its public no-argument accessors and fails on any NaN or
 * infinite number it holds: doubles, optional doubles, lists, maps, optionals, enrollment vectors
 * and nested acokit objects (explanations included). Accessors that throw (a value the object
 * does not have, such as an explanation step a program leaves out) are skipped.
 */
public final class Finite {

  private static final int MAX_OBJECTS = 20_000;

  private Finite() {
  }

  /**
   * Fails if the object holds a NaN or infinite number anywhere.
   *
   * @param root the object
   */
  public static void assertFinite(Object root) {
    Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Object[]> todo = new ArrayDeque<>();
    todo.add(new Object[] {"result", root});
    while (!todo.isEmpty() && seen.size() < MAX_OBJECTS) {
      Object[] next = todo.poll();
      String path = (String) next[0];
      Object value = next[1];
      if (value == null) {
        continue;
      }
      if (value instanceof Double || value instanceof Float) {
        check(path, ((Number) value).doubleValue());
        continue;
      }
      if (value instanceof OptionalDouble) {
        OptionalDouble o = (OptionalDouble) value;
        if (o.isPresent()) {
          check(path, o.getAsDouble());
        }
        continue;
      }
      if (value instanceof Number || value instanceof CharSequence || value instanceof Boolean || value instanceof Enum
          || value.getClass().getName().startsWith("java.time") || value instanceof Class) {
        continue;
      }
      if (!seen.add(value)) {
        continue;
      }
      if (value instanceof double[]) {
        double[] a = (double[]) value;
        for (int i = 0; i < a.length; i++) {
          check(path + "[" + i + "]", a[i]);
        }
      } else if (value instanceof Optional) {
        ((Optional<?>) value).ifPresent(v -> todo.add(new Object[] {path + ".get()", v}));
      } else if (value instanceof Collection) {
        int i = 0;
        for (Object v : (Collection<?>) value) {
          todo.add(new Object[] {path + "[" + i++ + "]", v});
        }
      } else if (value instanceof Map) {
        for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
          todo.add(new Object[] {path + "[" + e.getKey() + "]", e.getValue()});
        }
      } else if (value instanceof EnrollmentVector) {
        for (EnrollmentType t : EnrollmentType.values()) {
          check(path + "." + t.label(), ((EnrollmentVector) value).get(t));
        }
      } else if (value.getClass().getName().startsWith("org.acokit.")) {
        for (Method m : value.getClass().getMethods()) {
          if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || m.getReturnType() == void.class
              || m.getDeclaringClass() == Object.class || m.getName().equals("builder")
              || m.getName().startsWith("to") || m.getName().equals("hashCode")) {
            continue;
          }
          Object v;
          try {
            m.setAccessible(true);
            v = m.invoke(value);
          } catch (InvocationTargetException | IllegalAccessException | RuntimeException e) {
            continue;
          }
          todo.add(new Object[] {path + "." + m.getName() + "()", v});
        }
      }
    }
  }

  private static void check(String path, double v) {
    if (!Double.isFinite(v)) {
      fail(path + " is " + v + ": no result may hold NaN or infinity");
    }
  }
}
