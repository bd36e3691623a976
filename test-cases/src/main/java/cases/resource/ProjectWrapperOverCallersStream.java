package cases.resource;

import java.io.Closeable;
import java.io.File;
import java.io.Flushable;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Writer;

/**
 * Silent: a project wrapper built over a parameter declared as a {@code Writer} wraps the
 * caller's stream, whatever type the wrapper's constructor declares ({@code Closeable} here):
 * what the argument is decides, as the source engines read it; SpotBugs read the constructor's
 * parameter type and reported it. Flagged look-alike: over a parameter that is no stream (a
 * {@code File} the wrapper opens), the wrapper the method closes is its own.
 */
class ProjectWrapperOverCallersStream {
  void renew(Writer writer) throws IOException {
    Lease lease = new Lease(writer);
    lease.renew();
    lease.close();
  }

  void renew(File file) throws IOException {
    Lease lease = new Lease(file); // expect: UnclosedResource "closed, but not if `renew()` throws"
    lease.renew();
    lease.close();
  }

  /** A project lease over anything closeable, which no table knows. */
  static final class Lease implements Closeable {
    private final Closeable target;

    Lease(Closeable target) {
      this.target = target;
    }

    Lease(File file) throws IOException {
      this(new RandomAccessFile(file, "rw"));
    }

    void renew() throws IOException {
      if (target instanceof Flushable) {
        ((Flushable) target).flush();
      }
    }

    @Override
    public void close() throws IOException {
      target.close();
    }
  }
}
