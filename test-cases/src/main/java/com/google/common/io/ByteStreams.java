package com.google.common.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Stand-in for Guava's {@code com.google.common.io.ByteStreams}, so that the corpus compiles
 * without Guava: {@code toByteArray(InputStream)} "Reads all bytes from an input stream into a
 * byte array. Does not close the stream".
 */
public final class ByteStreams {
  private ByteStreams() {}

  public static byte[] toByteArray(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int n;
    while ((n = in.read(buffer)) != -1) {
      bytes.write(buffer, 0, n);
    }
    return bytes.toByteArray();
  }
}
