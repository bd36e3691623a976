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
 * A stream wrapped into a holder declared {@code null} before the branches, then handed to a pump
 * that keeps it: opening the second file can fail after the first holder is built and before the
 * hand-over, and the {@code catch} around that open closes only the second stream, so the first
 * leaks. From Ant 1.10.15 {@code Rpm.execute} (output and error files, {@code new
 * PumpStreamHandler(outputstream, errorstream)}). The method closes the first stream where some
 * failures go (its own {@code catch}, the {@code finally} after the hand-over), but none of them
 * is where this failure goes: a close in a {@code catch} or {@code finally} covers only the throws
 * that enter it. Look-alikes, silent: {@code HolderHandedOverClosedWhereAnotherOpenFails}.
 */
class HolderHandedOverAfterAnotherOpenFails {
  void run(File output, File error) throws IOException {
    OutputStream out = null;
    OutputStream err = null;
    if (output != null) {
      OutputStream fos = null;
      try {
        fos = new FileOutputStream(output); // expect: UnclosedResource
        BufferedOutputStream bos = new BufferedOutputStream(fos);
        out = new PrintStream(bos);
      } catch (IOException e) {
        closeQuietly(fos);
        throw e;
      }
    } else {
      out = new ByteArrayOutputStream();
    }
    if (error != null) {
      OutputStream fos = null;
      try {
        fos = new FileOutputStream(error);
        BufferedOutputStream bos = new BufferedOutputStream(fos);
        err = new PrintStream(bos);
      } catch (IOException e) {
        closeQuietly(fos);
        throw e;
      }
    } else {
      err = new ByteArrayOutputStream();
    }
    Pump pump = new Pump(out, err);
    try {
      pump.run();
    } finally {
      closeQuietly(out);
      closeQuietly(err);
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
