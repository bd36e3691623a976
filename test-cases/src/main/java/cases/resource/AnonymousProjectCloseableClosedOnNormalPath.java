package cases.resource;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;

/**
 * Flagged: an anonymous subclass of a project Closeable that opens a file, closed only when
 * {@code length()} does not throw, leaks the file as the named class does ({@code
 * ProjectCloseableConstructedAndClosedOnlyOnNormalPath}): each engine judges the anonymous class by
 * the {@code close()} it inherits (SpotBugs names it by its binary name's last part). Silent
 * look-alikes: the named class closed in a {@code finally}, and {@link
 * AnonymousCloseableReleasingOnlyMemory}.
 */
class AnonymousProjectCloseableClosedOnNormalPath {
  long size(File file) throws IOException {
    Journal journal = new Journal(file) { // expect: UnclosedResource "closed, but not if `length()` throws"
    };
    long size = journal.length();
    journal.close();
    return size;
  }

  long sizeClosedInFinally(File file) throws IOException {
    Journal journal = new Journal(file);
    try {
      return journal.length();
    } finally {
      journal.close();
    }
  }

  /** Stands for a project type holding a file. */
  static class Journal implements Closeable {
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
