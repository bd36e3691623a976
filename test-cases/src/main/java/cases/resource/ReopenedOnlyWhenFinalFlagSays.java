package cases.resource;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;

/**
 * Silent (commons-io's {@code Tailer.run}): the file is closed and reopened on each round only
 * when the final {@code reOpen} says so; both tests read the same final field, so no path closes
 * without reopening or reopens without closing, and the last reader is closed in the
 * {@code finally}. Flagged look-alike: a field that is not final may change between the two
 * tests (another thread, a called method), and then the reader is overwritten while open.
 */
class ReopenedOnlyWhenFinalFlagSays {
  private final boolean reOpen;
  private boolean reopenNow;
  private final File file;
  private volatile boolean running = true;

  ReopenedOnlyWhenFinalFlagSays(File file, boolean reOpen) {
    this.file = file;
    this.reOpen = reOpen;
  }

  long follow() throws IOException {
    long length = 0;
    RandomAccessFile reader = new RandomAccessFile(file, "r");
    try {
      while (running) {
        length = reader.length();
        if (reOpen) {
          reader.close();
        }
        if (reOpen) {
          reader = new RandomAccessFile(file, "r");
        }
      }
    } finally {
      reader.close();
    }
    return length;
  }

  long followWhileAsked() throws IOException {
    long length = 0;
    RandomAccessFile reader = new RandomAccessFile(file, "r"); // expect: UnclosedResource
    try {
      while (running) {
        length = reader.length();
        if (reopenNow) {
          reader.close();
        }
        if (reopenNow) {
          reader = new RandomAccessFile(file, "r"); // expect: UnclosedResource
        }
      }
    } finally {
      reader.close();
    }
    return length;
  }

  void stop() {
    running = false;
  }

  void askToReopen() {
    reopenNow = true;
  }
}
