package cases.resource;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.File;
import java.io.FileReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Silent (H2's {@code RunScriptCommand}: {@code new ScriptReader(reader)} over the command's
 * {@code reader} field, closed by {@code closeIO()}): a project wrapper built over a stream an
 * instance field holds wraps the object's stream, which the object closes; the wrapper holds
 * nothing the method must close, though the method closes it on the normal path. Flagged
 * look-alike: a project closeable that opens its own file is the method's, closed only when
 * {@code next()} returns.
 */
class ProjectWrapperOverOwnFieldStream implements Closeable {
  private final BufferedReader reader;

  ProjectWrapperOverOwnFieldStream(BufferedReader reader) {
    this.reader = reader;
  }

  int statements() throws IOException {
    StatementLines lines = new StatementLines(reader);
    int count = 0;
    while (lines.next() != null) {
      count++;
    }
    lines.close();
    return count;
  }

  int statementsOf(File file) throws IOException {
    StatementLines lines = new StatementLines(file); // expect: UnclosedResource "closed, but not if `next()` throws"
    int count = 0;
    while (lines.next() != null) {
      count++;
    }
    lines.close();
    return count;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }

  private static final class StatementLines implements Closeable {
    private final BufferedReader in;

    StatementLines(Reader in) {
      this.in = new BufferedReader(in);
    }

    StatementLines(File file) throws IOException {
      this(new FileReader(file));
    }

    String next() throws IOException {
      return in.readLine();
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
