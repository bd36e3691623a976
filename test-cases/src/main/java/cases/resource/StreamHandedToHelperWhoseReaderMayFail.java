package cases.resource;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * Silent, then flagged: the stream goes to a private helper that closes it in try-with-resources
 * around a reader built with a charset named at run time, so the helper leaves it open only when
 * that reader cannot be built (an unknown charset name): the helper has taken the stream over.
 * Between opening and the hand-over only calls that declare nothing run, and the catch for
 * IOException is entered only by the open itself (Ant's Translate task has this shape). The
 * look-alike checks the file's size first, which declares IOException, swallowed by the same
 * catch with the stream open.
 */
class StreamHandedToHelperWhoseReaderMayFail {
  private final String encoding;
  private final List<String> lines = new ArrayList<>();
  private boolean loaded;

  StreamHandedToHelperWhoseReaderMayFail(String encoding) {
    this.encoding = encoding;
  }

  void log(String message) {}

  void loadBundle(File file) {
    InputStream in = null;
    try {
      in = Files.newInputStream(file.toPath());
      loaded = true;
      log("using " + file);
      readLines(in);
    } catch (IOException e) {
      log(file + " not found");
    }
  }

  void loadNonEmptyBundle(File file) {
    InputStream in = null;
    try {
      in = Files.newInputStream(file.toPath()); // expect: UnclosedResource "not closed if `size()` throws before it is handed over"
      if (Files.size(file.toPath()) > 0) {
        log("using " + file);
      }
      readLines(in);
    } catch (IOException e) {
      log(file + " not found");
    }
  }

  private void readLines(InputStream in) {
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, encoding))) {
      String line;
      while ((line = reader.readLine()) != null) {
        lines.add(line);
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
