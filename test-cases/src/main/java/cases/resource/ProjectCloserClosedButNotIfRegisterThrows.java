package cases.resource;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * Flagged: a project's own closer (shaped like Guava's Closer, whose register() the tables know
 * cannot throw) is closed in the finally, but its register() is declared to throw before the try
 * is entered. The method closes it, so it owns it; a generic Closeable return from register()
 * is the argument handed back, not the closer leaving (issue #9).
 */
class ProjectCloserClosedButNotIfRegisterThrows {
  long skip(InputStream in) throws IOException {
    try {
      return in.skip(10);
    } catch (Throwable e) {
      OwnCloser closer = OwnCloser.create(); // expect: UnclosedResource "closed, but not if `register()` throws"
      closer.register(in);
      try {
        throw closer.rethrow(e);
      } finally {
        closer.close();
      }
    }
  }

  /** Stands for a project type that closes what is registered with it. */
  static final class OwnCloser implements Closeable {
    static OwnCloser create() {
      return new OwnCloser();
    }

    <C extends Closeable> C register(C closeable) throws IOException {
      return closeable;
    }

    RuntimeException rethrow(Throwable e) {
      return new RuntimeException(e);
    }

    @Override
    public void close() {}
  }
}
