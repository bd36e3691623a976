package cases.resource;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Flagged: {@code Files.newBufferedReader} opens the file; the reader is never closed. */
class BufferedReaderFromFilesNotClosed {
  String firstLine(Path path) throws IOException {
    BufferedReader reader = Files.newBufferedReader(path); // expect: UnclosedResource
    return reader.readLine();
  }
}
