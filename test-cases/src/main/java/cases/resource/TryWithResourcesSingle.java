package cases.resource;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Silent: try-with-resources closes the reader on every path. */
class TryWithResourcesSingle {
  String firstLine(Path path) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(path)) {
      return reader.readLine();
    }
  }
}
