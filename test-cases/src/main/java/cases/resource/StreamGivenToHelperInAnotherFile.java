package cases.resource;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;

/**
 * Ownership summaries across files: the helpers live in {@link StreamHelpersOfAnotherFile}, and
 * their bodies, not their names, decide. {@code handle(in)} sounds like a hand-over but only
 * reads the stream, so the caller still owns it and forgets it (flagged); {@code readFirst(in)}
 * sounds like a borrow but closes the stream on every path, so the call is its close (silent).
 */
class StreamGivenToHelperInAnotherFile {
  int header(File file) throws IOException {
    return StreamHelpersOfAnotherFile.handle(new FileInputStream(file)); // expect: UnclosedResource
  }

  int firstByte(File file) throws IOException {
    return StreamHelpersOfAnotherFile.readFirst(new FileInputStream(file));
  }
}
