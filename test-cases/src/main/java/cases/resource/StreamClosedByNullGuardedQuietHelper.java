package cases.resource;

import java.io.BufferedReader;
import java.io.File;
import java.io.FileReader;
import java.io.IOException;

/**
 * Silent: the stream is closed in a finally by a static helper that closes any non-null argument
 * and ignores what close() throws (Ant's FileUtils.close(AutoCloseable): "Do not attempt to close
 * it if the argument is null"). The helper returns without closing only when there is nothing to
 * close, so it closes on every path that matters: it is not a helper that "closes on some normal
 * exits only". The SpotBugs plugin once took the null branch for an exit that leaves the stream
 * open and reported 25 such callers in Ant. Flagged look-alike: the same helper called only on the
 * normal path, after a read that may throw.
 */
class StreamClosedByNullGuardedQuietHelper {
  String firstLine(File file) throws IOException {
    BufferedReader reader = null;
    try {
      reader = new BufferedReader(new FileReader(file));
      return reader.readLine();
    } finally {
      close(reader);
    }
  }

  String firstLineClosedOnNormalPathOnly(File file) throws IOException {
    BufferedReader reader = new BufferedReader(new FileReader(file)); // expect: UnclosedResource
    String line = reader.readLine();
    close(reader);
    return line;
  }

  static void close(AutoCloseable closeable) {
    if (null != closeable) {
      try {
        closeable.close();
      } catch (Exception ignored) {
        // closing quietly
      }
    }
  }
}
