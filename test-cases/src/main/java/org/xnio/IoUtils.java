package org.xnio;

import java.io.Closeable;

/**
 * Stand-in for XNIO's {@code org.xnio.IoUtils} (3.8), so that the corpus compiles without XNIO:
 * {@code safeClose} closes what it is given, "logging an error if an error occurs" (Undertow
 * closes its channels and connections with it).
 */
public final class IoUtils {
  private IoUtils() {}

  public static void safeClose(Closeable resource) {
    try {
      if (resource != null) {
        resource.close();
      }
    } catch (Throwable t) {
      // XNIO logs it at trace level
    }
  }

  public static void safeClose(Closeable... resources) {
    for (Closeable resource : resources) {
      safeClose(resource);
    }
  }
}
