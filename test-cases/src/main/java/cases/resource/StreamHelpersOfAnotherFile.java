package cases.resource;

import java.io.IOException;
import java.io.InputStream;

/** Helpers for {@link StreamGivenToHelperInAnotherFile}, in a file of their own. */
final class StreamHelpersOfAnotherFile {
  private StreamHelpersOfAnotherFile() {}

  /** Reads the header and leaves the stream open. */
  static int handle(InputStream in) throws IOException {
    return in.read() << 8 | in.read();
  }

  /** Reads the first byte and closes the stream, whatever happens. */
  static int readFirst(InputStream in) throws IOException {
    try (InputStream closing = in) {
      return closing.read();
    }
  }
}
