package cases.resource;

import java.io.Closeable;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;

/**
 * Flagged: a class of the project that implements {@code Closeable} and whose {@code close()}
 * closes the stream it holds is a resource, though no table lists it; made with {@code new} and
 * never closed, it leaks that stream (ZooKeeper's {@code FileTxnLog.getLastLoggedZxid}, fixed by
 * opening it in try-with-resources). Silent look-alikes: the same class in try-with-resources, and
 * a {@code Closeable} class whose {@code close()} releases nothing it holds (it only sets a flag).
 */
class OwnCloseableClassNeverClosed {
  static final class Journal implements Closeable {
    private final File dir;
    private FileOutputStream out;

    Journal(File dir) {
      this.dir = dir;
    }

    void append(byte[] entry) throws IOException {
      if (out == null) {
        out = new FileOutputStream(new File(dir, "journal"), true);
      }
      out.write(entry);
    }

    @Override
    public void close() throws IOException {
      if (out != null) {
        out.close();
      }
    }
  }

  static final class Session implements Closeable {
    private boolean closed;

    boolean isClosed() {
      return closed;
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  void record(File dir, byte[] entry) throws IOException {
    Journal journal = new Journal(dir); // expect: UnclosedResource
    journal.append(entry);
  }

  void recordAndClose(File dir, byte[] entry) throws IOException {
    try (Journal journal = new Journal(dir)) {
      journal.append(entry);
    }
  }

  boolean startSession() {
    Session session = new Session();
    return session.isClosed();
  }
}
