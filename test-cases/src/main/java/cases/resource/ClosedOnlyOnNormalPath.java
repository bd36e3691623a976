package cases.resource;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;

/** Flagged: close() runs only when read() does not throw; an exception leaks the handle. */
class ClosedOnlyOnNormalPath {
  int firstByte(File file) throws IOException {
    FileInputStream in = new FileInputStream(file); // expect: UnclosedResource
    int b = in.read();
    in.close();
    return b;
  }
}
