package cases.resource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * Silent: the loop opens a stream only while none is held ({@code in == null}), so no stream is
 * overwritten, and the one found is closed in a finally.
 */
class StreamOpenedInLoopUntilFound {
  int firstByte(Iterator<Path> candidates) throws IOException {
    InputStream in = null;
    while (in == null && candidates.hasNext()) {
      Path candidate = candidates.next();
      if (Files.isReadable(candidate)) {
        in = Files.newInputStream(candidate);
      }
    }
    if (in == null) {
      return -1;
    }
    try {
      return in.read();
    } finally {
      in.close();
    }
  }
}
