package cases.resource;

import java.io.Closeable;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Silent: the class hands its stream to whoever takes it and lets go of it there, so the caller
 * is its only holder and closes it; close() only ends the rest of the object's life. Returning
 * the field and clearing it in a {@code finally}, or clearing it after copying it to a local,
 * is a hand-over; a plain getter is not (see OwningFieldReleasedByNameOnly).
 */
class OwningFieldHandedOutByDetach {

  /** {@code try { return body; } finally { body = null; }}. */
  static class BodyTakenInFinally implements Closeable {
    private InputStream body;
    private boolean closed;

    BodyTakenInFinally(File source) throws IOException {
      body = new FileInputStream(source);
    }

    InputStream takeBody() {
      try {
        return body;
      } finally {
        body = null;
      }
    }

    @Override
    public void close() {
      closed = true;
    }

    boolean isClosed() {
      return closed;
    }
  }

  /** {@code InputStream taken = body; body = null; return taken;}. */
  static class BodyTakenThroughLocal implements Closeable {
    private InputStream body;
    private boolean closed;

    BodyTakenThroughLocal(File source) throws IOException {
      body = new FileInputStream(source);
    }

    InputStream detach() {
      InputStream taken = body;
      body = null;
      return taken;
    }

    @Override
    public void close() {
      closed = true;
    }

    boolean isClosed() {
      return closed;
    }
  }
}
