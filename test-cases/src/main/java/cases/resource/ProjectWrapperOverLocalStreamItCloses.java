package cases.resource;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Silent: a project wrapper built over a stream the method itself closes after it (here in a
 * {@code finally}; a project's stream no table knows, which the method owns by closing it) holds
 * nothing more the method must release: the stream's own verdict covers it, as for a
 * try-with-resources variable. SpotBugs read it so; the source engines named only a
 * try-with-resources variable and reported the wrapper, closed on the normal path only, where the
 * wrapper was not already followed with the stream as its later holder ({@code linesOfShared}: a
 * reader taken from an object, no value the method acquired). Flagged
 * look-alike: the same wrapper built over a local the method does not close, a path it opens
 * itself: the wrapper is what the method owns.
 */
class ProjectWrapperOverLocalStreamItCloses {
  int linesOf(Source source) throws IOException {
    Reader in = source.open();
    try {
      Lines lines = new Lines(in);
      int count = lines.count();
      lines.close();
      return count;
    } finally {
      in.close();
    }
  }

  int linesOf(String name) throws IOException {
    Path path = Paths.get(name);
    Lines lines = new Lines(path); // expect: UnclosedResource "closed, but not if `count()` throws"
    int count = lines.count();
    lines.close();
    return count;
  }

  int linesOfShared(Shared shared) throws IOException {
    Reader in = shared.reader;
    try {
      Lines lines = new Lines(in);
      int count = lines.count();
      lines.close();
      return count;
    } finally {
      in.close();
    }
  }

  /** Holds a reader a method takes over and closes. */
  static final class Shared {
    Reader reader;
  }

  /** A project's source of readers no table knows. */
  interface Source {
    Reader open() throws IOException;
  }

  /** A project wrapper no table knows. */
  static final class Lines implements Closeable {
    private final Reader in;

    Lines(Reader in) {
      this.in = in;
    }

    Lines(Path path) throws IOException {
      this(Files.newBufferedReader(path));
    }

    int count() throws IOException {
      int lines = 0;
      for (int c = in.read(); c >= 0; c = in.read()) {
        lines += c == '\n' ? 1 : 0;
      }
      return lines;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
