package cases.resource;

import java.io.File;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * Helpers of {@code StandardStreamWrapperFromOtherClass}, in a file of their own (as Ant's
 * {@code KeepAliveOutputStream}): a wrapper of {@code System.out} that never closes it, and a
 * fresh file stream. Nothing here leaks: the caller owns what {@code openLog} returns.
 */
final class StandardStreamHelpers {
  private StandardStreamHelpers() {}

  static PrintStream wrapSystemOut() {
    return wrap(System.out);
  }

  static PrintStream wrap(PrintStream stream) {
    return new PrintStream(new KeepAlive(stream));
  }

  static PrintStream openLog(File log) throws IOException {
    return new PrintStream(new FileOutputStream(log));
  }

  /** Forwards to the stream it is given and never closes it. */
  static final class KeepAlive extends FilterOutputStream {
    KeepAlive(OutputStream out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
