package com.google.common.io;

import java.io.Closeable;
import java.io.IOException;

/**
 * Stand-in for Guava's {@code com.google.common.io.Closeables}, so that the corpus compiles
 * without Guava: {@code close(Closeable, boolean swallowIOException)} "Closes a Closeable, with
 * control over whether an IOException may be thrown".
 */
public final class Closeables {
  private Closeables() {}

  public static void close(Closeable closeable, boolean swallowIOException) throws IOException {
    if (closeable == null) {
      return;
    }
    try {
      closeable.close();
    } catch (IOException e) {
      if (!swallowIOException) {
        throw e;
      }
    }
  }
}
