package cases.resource;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;

/** Flagged: the early return skips the close, so files without the magic byte leak their handle. */
class LeakedOnEarlyReturn {
  private static final int MAGIC = 0xCA;

  boolean hasHeader(File file) throws IOException {
    FileInputStream in = new FileInputStream(file); // expect: UnclosedResource
    if (in.read() != MAGIC) {
      return false;
    }
    in.close();
    return true;
  }
}
