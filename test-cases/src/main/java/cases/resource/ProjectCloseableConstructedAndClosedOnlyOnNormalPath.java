package cases.resource;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;

/**
 * Flagged: a project Closeable built with {@code new}, a type no table knows, closed only when
 * length() does not throw. The method closes it, so it owns it (issue #10).
 */
class ProjectCloseableConstructedAndClosedOnlyOnNormalPath {
  long size(File file) throws IOException {
    Journal journal = new Journal(file); // expect: UnclosedResource "closed, but not if `length()` throws"
    long size = journal.length();
    journal.close();
    return size;
  }

  /** Stands for a project type holding a file. */
  static final class Journal implements Closeable {
    private final RandomAccessFile file;

    Journal(File path) throws IOException {
      this.file = new RandomAccessFile(path, "r");
    }

    long length() throws IOException {
      return file.length();
    }

    @Override
    public void close() throws IOException {
      file.close();
    }
  }
}
