package cases.resource;

import java.io.Closeable;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream opened in a {@code try} that keeps it once its header is read ({@code toClose = in;
 * return;}) and whose {@code finally} closes it unless it was kept; a format error the {@code
 * catch} swallows sends the method on to a fallback after the {@code try}. From Apache POI 4.1.2
 * {@code OldExcelExtractor(File)} (a {@code POIFSFileSystem}, {@code if (toClose == null)
 * IOUtils.closeQuietly(poifs);}, then the file read again as a BIFF stream). The fallback runs
 * only on the path where the format error was caught, and there the {@code finally} closed the
 * stream: a failing fallback leaks nothing. Flagged look-alike: the same without the close in
 * {@code finally}, where the format error leaves the stream open.
 */
class KeptOrClosedInFinallyThenFallback implements Closeable {
  private static final int MAGIC = 0xD0CF11E0;

  private Closeable toClose;

  void load(File file) throws IOException {
    InputStream in = null;
    try {
      in = new FileInputStream(file); // silent: kept, or closed in finally when the header fails
      readHeader(in);
      toClose = in;
      return;
    } catch (FormatException e) {
      // not this format: read it as a plain file below
    } finally {
      if (toClose == null && in != null) {
        in.close();
      }
    }
    readPlain(file);
  }

  void loadLeavingItOpen(File file) throws IOException {
    InputStream in = null;
    try {
      in = new FileInputStream(file); // expect: UnclosedResource
      readHeader(in);
      toClose = in;
      return;
    } catch (FormatException e) {
      // not this format: read it as a plain file below, the stream still open
    }
    readPlain(file);
  }

  private static void readHeader(InputStream in) throws IOException {
    int magic = in.read() << 24 | in.read() << 16 | in.read() << 8 | in.read();
    if (magic != MAGIC) {
      throw new FormatException();
    }
  }

  private static int readPlain(File file) throws IOException {
    try (InputStream plain = new FileInputStream(file)) {
      return plain.read();
    }
  }

  @Override
  public void close() throws IOException {
    if (toClose != null) {
      toClose.close();
    }
  }

  /** The file is not in the format the header names. */
  static final class FormatException extends IOException {
    private static final long serialVersionUID = 1L;
  }
}
