package org.apache.commons.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Stand-in for commons-io's {@code org.apache.commons.io.IOUtils}, so that the corpus compiles
 * without commons-io: {@code toString(InputStream, String)} reads the stream to its end and
 * leaves it open ("Wherever possible, the methods in this class do not flush or close the
 * stream").
 */
public final class IOUtils {
  private IOUtils() {}

  public static String toString(InputStream input, String charsetName) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int n;
    while ((n = input.read(buffer)) != -1) {
      bytes.write(buffer, 0, n);
    }
    return bytes.toString(charsetName);
  }
}
