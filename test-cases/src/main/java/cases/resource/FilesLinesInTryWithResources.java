package cases.resource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Silent: the file-backed stream from {@code Files.lines} is closed by try-with-resources. */
class FilesLinesInTryWithResources {
  long countBlank(Path path) throws IOException {
    try (Stream<String> lines = Files.lines(path)) {
      return lines.filter(String::isEmpty).count();
    }
  }
}
