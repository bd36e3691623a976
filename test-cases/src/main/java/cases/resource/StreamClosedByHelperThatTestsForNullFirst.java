package cases.resource;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileReader;
import java.io.IOException;
import java.io.InputStream;

/**
 * Silent: a stream closed in a finally by a helper that returns early when its argument is null
 * ({@code if (c == null) return;}, or {@code null == target} after copying it to a local) and
 * closes it otherwise. Returning on the null branch leaves nothing open, so the helper closes on
 * every path that matters; it is not one that "closes on some normal exits only". Flagged: a
 * helper that also returns early when asked to keep the stream ({@code null == in || keep})
 * leaves it open on that exit, and its caller, which never closes the stream itself, leaks it.
 */
class StreamClosedByHelperThatTestsForNullFirst {
  String firstLine(File file) throws IOException {
    BufferedReader reader = null;
    try {
      reader = new BufferedReader(new FileReader(file));
      return reader.readLine();
    } finally {
      closeUnlessNull(reader);
    }
  }

  int firstByte(File file) throws IOException {
    InputStream in = null;
    try {
      in = new FileInputStream(file);
      return in.read();
    } finally {
      closeCopyQuietly(in);
    }
  }

  void load(File file, boolean keep) throws IOException {
    InputStream in = new FileInputStream(file); // expect: UnclosedResource
    closeUnlessNullOrKept(in, keep);
  }

  private static void closeUnlessNull(Closeable closeable) throws IOException {
    if (closeable == null) {
      return;
    }
    closeable.close();
  }

  private static void closeCopyQuietly(Closeable closeable) {
    Closeable target = closeable;
    if (null == target) {
      return;
    }
    try {
      target.close();
    } catch (IOException ignored) {
      // closing quietly
    }
  }

  private static void closeUnlessNullOrKept(InputStream in, boolean keep) throws IOException {
    if (null == in || keep) {
      return;
    }
    in.close();
  }
}
