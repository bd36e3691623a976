package cases.resource;

import java.io.Closeable;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Flagged: a project's own Closeable, made by a project factory no table knows, is closed only
 * when read() does not throw. The method closes it, so it owns it (issue #10).
 */
class ProjectCloseableClosedOnlyOnNormalPath {
  int firstEntry(File file) throws IOException {
    Archive archive = Archive.open(file); // expect: UnclosedResource "closed, but not if `read()` throws"
    int entry = archive.read();
    archive.close();
    return entry;
  }

  /** Stands for a project type holding a file. */
  static final class Archive implements Closeable {
    private final InputStream in;

    private Archive(InputStream in) {
      this.in = in;
    }

    static Archive open(File file) throws IOException {
      return new Archive(new FileInputStream(file));
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
