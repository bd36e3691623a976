package cases.resource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Flagged: the stream from {@code Files.lines} holds an open file until it is closed; a terminal operation does not close it. */
class FilesLinesStreamNotClosed {
  long countLines(Path path) throws IOException {
    return Files.lines(path).count(); // expect: UnclosedResource
  }
}
