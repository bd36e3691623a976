package cases.resource;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream given to a sink the engines cannot see into, whose method's name says it keeps it
 * ({@code adopt}), and which the method may close after the call: the sink only borrowed it
 * there. Flagged: closed only when {@code done}, so the other path leaks it. Silent, the
 * look-alike: on that path it is given to the sink again, an equal statement with nothing closing
 * it after, so the sink takes it there. Statements are told apart by identity, not by their text:
 * the scanner took the second {@code sink.adopt(in);} for the first, and found the close after
 * that one.
 */
class GivenToTheSinkAgainAfterAConditionalClose {
  void closedOnlyWhenDone(File file, Sink sink, boolean done) throws IOException {
    InputStream in = new FileInputStream(file); // expect: UnclosedResource
    sink.adopt(in);
    if (done) {
      in.close();
    }
  }

  void givenAgainWhenNotDone(File file, Sink sink, boolean done) throws IOException {
    InputStream in = new FileInputStream(file);
    sink.adopt(in);
    if (done) {
      in.close();
    }
    sink.adopt(in);
  }

  /** Stands for a library type that may keep what it is given; declares no checked exception. */
  interface Sink {
    void adopt(InputStream in);
  }
}
