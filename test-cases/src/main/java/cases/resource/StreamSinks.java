package cases.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Silent: the callees of {@link StreamHandedToOtherClassThatClosesIt}, in a file of their own, so
 * an engine must read another file's bodies to know that {@code copyAll} closes the stream
 * it is given, {@code copyInto} only writes to it, and the constructor only reads it.
 */
final class StreamSinks {
  private final long sum;

  StreamSinks(InputStream in) throws IOException {
    long total = 0;
    for (int b = in.read(); b >= 0; b = in.read()) {
      total += b;
    }
    sum = total;
  }

  long sum() {
    return sum;
  }

  static void copyAll(byte[] data, OutputStream out) throws IOException {
    try {
      out.write(data);
    } finally {
      out.close();
    }
  }

  static void copyInto(byte[] data, OutputStream out) throws IOException {
    out.write(data);
  }
}
