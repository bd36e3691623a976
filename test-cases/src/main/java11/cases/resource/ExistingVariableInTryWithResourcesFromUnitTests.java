package cases.resource;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;

/**
 * Silent: a stream opened before the statement and named in a Java 9 try-with-resources
 * ({@code try (in)}) is closed when the block ends, however it ends.
 */
class ExistingVariableInTryWithResourcesFromUnitTests {
  int firstByte(File file) throws IOException {
    FileInputStream in = new FileInputStream(file);
    try (in) {
      return in.read();
    }
  }
}
