package cases.resource;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/** Flagged: Files.copy reads the stream but does not close it, and neither does this method. */
class StreamBorrowedByFilesCopyNeverClosed {
  long download(URL url, Path target) throws IOException {
    InputStream in = url.openStream(); // expect: UnclosedResource "`in`"
    return Files.copy(in, target);
  }
}
