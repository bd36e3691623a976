package cases.resource;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * A stream wrapped into a holder declared {@code null} before the branches and closed in a later
 * {@code finally}: opening the second file can fail after the first holder is built and before
 * that {@code try}, and the {@code catch} closes only the second stream, so the first leaks.
 * From Ant 1.10.15 {@code Rpm.execute} (output and error files). The holder holds the stream only
 * on the paths through its assignment: closing it closes the stream there, and nowhere else.
 * Silent look-alikes: the second file opened inside the {@code try} whose {@code finally} closes
 * both; the holder given the wrapper in one branch inside that {@code try}; a {@code finally} that
 * closes the holder under its own {@code null} test. A write between the open and the holder's
 * assignment, which a {@code finally} closing the still-{@code null} holder does not cover, is
 * {@code HolderBuiltInALaterStatement}'s (Ant's BZip2.pack).
 */
class HolderDeclaredNullThenAnotherOpenFails {
  void run(File output, File error, byte[] data) throws IOException {
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
    }
    try {
      if (out != null) {
        out.write(data);
      }
    } finally {
      closeQuietly(out);
      closeQuietly(err);
    }
  }

  void runOpeningInsideTheTry(File output, File error, byte[] data) throws IOException {
    OutputStream out = null;
    OutputStream err = null;
    try {
      out = new PrintStream(new BufferedOutputStream(new FileOutputStream(output)));
      err = new PrintStream(new BufferedOutputStream(new FileOutputStream(error)));
      out.write(data);
    } finally {
      closeQuietly(out);
      closeQuietly(err);
    }
  }

  void wrapperGivenToTheHolderInOneBranch(File output, byte[] data) throws IOException {
    OutputStream out = null;
    try {
      if (output != null) {
        FileOutputStream fos = new FileOutputStream(output);
        out = new BufferedOutputStream(fos);
      }
      if (out != null) {
        out.write(data);
      }
    } finally {
      closeQuietly(out);
    }
  }

  void holderClosedUnderItsNullTest(File output, byte[] data) throws IOException {
    OutputStream out = null;
    try {
      FileOutputStream fos = new FileOutputStream(output);
      out = new BufferedOutputStream(fos);
      out.write(data);
    } finally {
      if (out != null) {
        out.close();
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
}
