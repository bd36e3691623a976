package cases.resource;

import java.io.Closeable;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Flagged: {@code dispose()} releases a JGit {@code RevWalk}, but on a project's own {@code
 * Closeable} it is just a method of that name (here it forgets the file): release methods other
 * than {@code close()} count only on the types ReleaseMethods lists, so a sheet closed when
 * {@code read()} succeeds and only disposed when it fails leaks on failure. Silent look-alike:
 * the same type closed on failure.
 */
class DisposeOfOtherTypeIsNoRelease {
  int disposedOnFailure(File file) throws IOException {
    Sheet sheet = Sheet.open(file); // expect: UnclosedResource
    int first;
    try {
      first = sheet.read();
    } catch (IOException e) {
      sheet.dispose();
      throw e;
    }
    sheet.close();
    return first;
  }

  int closedOnFailure(File file) throws IOException {
    Sheet sheet = Sheet.open(file);
    int first;
    try {
      first = sheet.read();
    } catch (IOException e) {
      sheet.close();
      throw e;
    }
    sheet.close();
    return first;
  }

  /** Stands for a project type holding a file, whose dispose() only drops a cache. */
  static final class Sheet implements Closeable {
    private final InputStream in;
    private byte[] cache = new byte[16];

    private Sheet(InputStream in) {
      this.in = in;
    }

    static Sheet open(File file) throws IOException {
      return new Sheet(new FileInputStream(file));
    }

    int read() throws IOException {
      return in.read();
    }

    void dispose() {
      cache = null;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
