package cases.resource;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Not flagged: a stream the class's own factory opens goes to a helper that keeps it in the match
 * it returns, and the match goes on to a method that closes the stream (Jackson's
 * ObjectReader.readValue(File): {@code _detectBindAndClose(findFormat(_inputStream(src)))}). The
 * helper's result is no Closeable, but its body shows that it keeps the stream: a hand-over, not
 * a borrow.
 */
class StreamKeptByHelperInReturnedHolder {
  int firstByte(File file) throws IOException {
    return readAndClose(Detector.findFormat(open(file)));
  }

  private InputStream open(File file) throws IOException {
    return new FileInputStream(file);
  }

  private static int readAndClose(Match match) throws IOException {
    try {
      return match.in.read();
    } finally {
      match.in.close();
    }
  }

  /** Stands for a format detector that keeps the stream it looks at. */
  static class Detector {
    static Match findFormat(InputStream in) {
      return new Match(in);
    }
  }

  /** What the detector found, with the stream to read it from. */
  static final class Match {
    final InputStream in;

    Match(InputStream in) {
      this.in = in;
    }
  }
}
