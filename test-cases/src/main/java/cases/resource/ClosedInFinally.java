package cases.resource;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;

/** Silent: the close in {@code finally} runs on every path, exceptions included. */
class ClosedInFinally {
  int firstByte(File file) throws IOException {
    FileInputStream in = new FileInputStream(file);
    try {
      return in.read();
    } finally {
      in.close();
    }
  }
}
