/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.population;

/**
 * Chooses the block kernel once per JVM: the Vector API kernel when the JVM resolved
 * {@code jdk.incubator.vector} (started with {@code --add-modules jdk.incubator.vector}) and the
 * hardware has 512-bit vectors, else the scalar kernel. Both give the same sums, bit for bit, so
 * the choice changes speed only.
 */
final class BlockKernels {

  /** The module of the JDK's Vector API, an incubator module on Java 17 to 25. */
  static final String VECTOR_MODULE = "jdk.incubator.vector";
  /** The Vector API kernel, loaded by name so that nothing else refers to the incubator module. */
  private static final String VECTOR_KERNEL = "org.acokit.population.VectorBlockKernel";

  private static final BlockKernel BEST = choose();

  private BlockKernels() {
  }

  /**
   * The fastest kernel this JVM can run.
   *
   * @return the kernel
   */
  static BlockKernel best() {
    return BEST;
  }

  /**
   * The Vector API kernel, whatever the hardware (for tests comparing the kernels).
   *
   * @return the kernel
   * @throws IllegalStateException if the JVM did not resolve {@code jdk.incubator.vector}
   */
  static BlockKernel vector() {
    if (ModuleLayer.boot().findModule(VECTOR_MODULE).isEmpty()) {
      throw new IllegalStateException("the Vector API kernel needs the JVM option --add-modules " + VECTOR_MODULE);
    }
    try {
      return (BlockKernel) Class.forName(VECTOR_KERNEL).getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot load " + VECTOR_KERNEL, e);
    }
  }

  /**
   * Whether the hardware runs the Vector API kernel's 512-bit vectors natively.
   *
   * @return true on AVX-512 and other 512-bit vector hardware
   * @throws IllegalStateException if the JVM did not resolve {@code jdk.incubator.vector}
   */
  static boolean nativeWidth() {
    try {
      return (boolean) Class.forName(VECTOR_KERNEL).getDeclaredMethod("nativeWidth").invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot load " + VECTOR_KERNEL, e);
    }
  }

  private static BlockKernel choose() {
    if (ModuleLayer.boot().findModule(VECTOR_MODULE).isEmpty()) {
      return ScalarBlockKernel.INSTANCE;
    }
    try {
      return nativeWidth() ? vector() : ScalarBlockKernel.INSTANCE;
    } catch (IllegalStateException | LinkageError e) {
      // A JDK whose incubating API no longer has what the kernel was compiled against.
      return ScalarBlockKernel.INSTANCE;
    }
  }
}
