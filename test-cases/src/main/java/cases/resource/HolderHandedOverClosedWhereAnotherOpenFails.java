package cases.resource;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * Silent look-alikes of {@code HolderHandedOverAfterAnotherOpenFails} (Ant's Rpm): the first
 * stream's holder is handed to a pump that keeps it, and the method closes it where the second
 * open's failure goes. The {@code catch} around the second open closes the first holder too (the
 * fix); a {@code finally} around both opens and the hand-over closes both holders unless a flag
 * says they were handed over, which the walks do not follow: a close on some path of a {@code
 * finally} the failing open's exception passes is the method handling its own failure.
 */
class HolderHandedOverClosedWhereAnotherOpenFails {
  void secondOpenClosesTheFirstWhenItFails(File output, File error) throws IOException {
    OutputStream out = null;
    OutputStream err = null;
    if (output != null) {
      OutputStream fos = null;
      try {
        fos = new FileOutputStream(output);
        BufferedOutputStream bos = new BufferedOutputStream(fos);
        out = new PrintStream(bos);
      } catch (IOException e) {
        closeQuietly(fos);
        throw e;
      }
    } else {
      out = new ByteArrayOutputStream();
    }
    try {
      err = new FileOutputStream(error);
    } catch (IOException e) {
      closeQuietly(out);
      throw e;
    }
    Pump pump = new Pump(out, err);
    try {
      pump.run();
    } finally {
      closeQuietly(out);
      closeQuietly(err);
    }
  }

  Pump closedByFlagUnlessHandedOver(File output, File error) throws IOException {
    OutputStream out = null;
    OutputStream err = null;
    boolean handedOver = false;
    try {
      FileOutputStream fos = new FileOutputStream(output);
      out = new PrintStream(new BufferedOutputStream(fos));
      err = new FileOutputStream(error);
      Pump pump = new Pump(out, err);
      handedOver = true;
      return pump;
    } finally {
      if (!handedOver) {
        closeQuietly(out);
        closeQuietly(err);
      }
    }
  }

  private static void closeQuietly(Closeable closeable) {
    try {
      if (closeable != null) {
        closeable.close();
      }
    } catch (IOException ignored) {
      // nothing to do
    }
  }

  /** Keeps the streams it is given, as Ant's {@code PumpStreamHandler} does. */
  static final class Pump {
    private final OutputStream out;
    private final OutputStream err;

    Pump(OutputStream out, OutputStream err) {
      this.out = out;
      this.err = err;
    }

    void run() throws IOException {
      out.write('o');
      err.write('e');
    }
  }
}
