package cases.resource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Silent: {@code Files.readAllLines} opens and closes the file itself; no handle escapes. */
class FilesReadAllLinesNoHandle {
  int lineCount(Path path) throws IOException {
    List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
    return lines.size();
  }
}
