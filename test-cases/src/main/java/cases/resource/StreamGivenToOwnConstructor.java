package cases.resource;

import java.io.Closeable;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream given to a constructor of the analysed code: the constructor's body says who owns it.
 * {@code Header}'s constructor only reads a few bytes, so the caller still owns the stream and
 * forgets it (flagged); {@code Source}'s constructor stores it, so the {@code Source} owns it and
 * the caller closes that (silent).
 */
class StreamGivenToOwnConstructor {
  int version(File file) throws IOException {
    Header header = new Header(new FileInputStream(file)); // expect: UnclosedResource
    return header.version;
  }

  int firstByte(File file) throws IOException {
    try (Source source = new Source(new FileInputStream(file))) {
      return source.read();
    }
  }

  /** Reads the version bytes and keeps nothing of the stream. */
  static final class Header {
    final int version;

    Header(InputStream in) throws IOException {
      this.version = in.read() << 8 | in.read();
    }
  }

  /** Owns the stream it is given and closes it. */
  static final class Source implements Closeable {
    private final InputStream in;

    Source(InputStream in) {
      this.in = in;
    }

    int read() throws IOException {
      return in.read();
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
