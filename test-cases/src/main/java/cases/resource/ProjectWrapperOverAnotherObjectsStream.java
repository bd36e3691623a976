package cases.resource;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Silent: a project wrapper built over another object's stream field ({@code session.reader})
 * wraps that object's stream, which the object closes, as one over this object's own field does
 * ({@code ProjectWrapperOverOwnFieldStream}); the scanner read only {@code this}'s fields and
 * reported it. Flagged look-alike: over a value the other object's method returns, no field, the
 * wrapper the method closes is its own.
 */
class ProjectWrapperOverAnotherObjectsStream {
  int headersOf(Session session) throws IOException {
    Headers headers = new Headers(session.reader);
    int count = headers.count();
    headers.close();
    return count;
  }

  int headersOfNext(Session session) throws IOException {
    Headers headers = new Headers(session.next()); // expect: UnclosedResource "closed, but not if `count()` throws"
    int count = headers.count();
    headers.close();
    return count;
  }

  /** A project's session, which holds and closes its reader. */
  static class Session implements Closeable {
    final BufferedReader reader;

    Session(BufferedReader reader) {
      this.reader = reader;
    }

    Reader next() {
      return reader;
    }

    @Override
    public void close() throws IOException {
      reader.close();
    }
  }

  /** A project wrapper no table knows. */
  static final class Headers implements Closeable {
    private final BufferedReader in;

    Headers(Reader in) {
      this.in = new BufferedReader(in);
    }

    int count() throws IOException {
      int count = 0;
      while (in.readLine() != null) {
        count++;
      }
      return count;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
