package cases.resource;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * Silent, then flagged: between opening and the try that closes the stream only a call declaring
 * nothing runs, so the catch for IOException that rethrows cannot be entered from it; only an
 * unchecked failure of {@code log} would leave the stream open (Ant's Pvcs task has this shape).
 * The look-alike reads the file first, which declares IOException: the catch then rethrows an
 * expected failure with the stream open.
 */
class RethrownByACatchOnlyAnUncheckedFailureCanEnter {
  void log(String message) {}

  int pump(OutputStream out) throws IOException {
    out.write(1);
    return 1;
  }

  int logThenPump(File log) {
    try {
      OutputStream out = Files.newOutputStream(log.toPath());
      log("pumping to " + log);
      try {
        return pump(out);
      } finally {
        out.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      log.delete();
    }
  }

  int checkThenPump(File log) {
    try {
      OutputStream out = Files.newOutputStream(log.toPath()); // expect: UnclosedResource "closed, but not if `size()` throws"
      if (Files.size(log.toPath()) > 0) {
        log("appending to " + log);
      }
      try {
        return pump(out);
      } finally {
        out.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      log.delete();
    }
  }
}
