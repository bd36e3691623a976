package cases.resource;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Flagged: the helper the stream goes to only reads it (its body is in view), so the caller
 * still owns the stream and never closes it. A helper that closes what it gets takes it.
 */
class StreamReadByHelperInSameClass {
  int header(File file) throws IOException {
    return readHeader(new FileInputStream(file)); // expect: UnclosedResource "not closed on every path"
  }

  int headerClosedByHelper(File file) throws IOException {
    return readAndClose(new FileInputStream(file));
  }

  private static int readHeader(InputStream in) throws IOException {
    return in.read() << 8 | in.read();
  }

  private static int readAndClose(InputStream in) throws IOException {
    try {
      return in.read();
    } finally {
      in.close();
    }
  }
}
