package cases.resource;

import java.io.BufferedOutputStream;
import java.io.File;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * Silent: a helper of the class returns a wrapper of {@code System.out} (through a second
 * helper that wraps whatever stream it is given), so the first value of {@code out} holds no
 * handle of the method's own; replacing it with a file's stream loses nothing, and the
 * {@code finally} closes what replaced it. From Ant 1.10.15 {@code SQLExec.execute} over {@code
 * KeepAliveOutputStream.wrapSystemOut()}. Flagged look-alike: the same method over a helper
 * that returns a fresh file stream, whose first value is lost when it is replaced.
 */
class StandardStreamWrapperFromOwnHelper {
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
