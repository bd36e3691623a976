package cases.resource;

import java.io.File;
import java.io.FileReader;
import java.io.IOException;

/** Flagged: the close sits inside an if, so an empty file leaves the reader open. */
class LeakedWhenIfSkipsClose {
  int firstChar(File file) throws IOException {
    FileReader reader = new FileReader(file); // expect: UnclosedResource
    int c = reader.read();
    if (c != -1) {
      reader.close();
    }
    return c;
  }
}
