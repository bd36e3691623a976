package cases.resource;

import java.io.BufferedOutputStream;
import java.io.File;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * Silent: as {@link StandardStreamWrapperFromOwnHelper}, with helpers that are neither static,
 * private nor final: the class is final, so no subclass can put another body in their place, and
 * the wrapper of {@code System.out} they return holds no handle of the method's own. Flagged
 * look-alike: the same method over a helper that returns a fresh file stream.
 */
final class StandardStreamWrapperFromFinalClassHelper {
  void report(File output) throws IOException {
    PrintStream out = wrapSystemOut();
    try {
      if (output != null) {
        out = new PrintStream(new BufferedOutputStream(new FileOutputStream(output)));
      }
      out.println("done");
    } finally {
      out.close();
    }
  }

  void reportToLog(File log, File output) throws IOException {
    PrintStream out = openLog(log); // expect: UnclosedResource "not closed on every path"
    try {
      if (output != null) {
        out = new PrintStream(new BufferedOutputStream(new FileOutputStream(output)));
      }
      out.println("done");
    } finally {
      out.close();
    }
  }

  PrintStream wrapSystemOut() {
    return wrap(System.out);
  }

  PrintStream wrap(PrintStream stream) {
    return new PrintStream(new KeepAlive(stream));
  }

  PrintStream openLog(File log) throws IOException {
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
