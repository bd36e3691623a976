package cases.resource;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Flagged: the stream is passed to a method no table knows, but the method closes it itself
 * afterwards, so the call only borrowed it; an exception from write() leaks it (issue #10).
 */
class ClosedStreamPassedToUnknownWriter {
  void save(Document document, File file) throws IOException {
    FileOutputStream out = new FileOutputStream(file); // expect: UnclosedResource "closed, but not if `write()` throws"
    document.write(out);
    out.close();
  }

  /** Stands for a library type whose write method the engines cannot see into. */
  interface Document {
    void write(OutputStream out) throws IOException;
  }
}
