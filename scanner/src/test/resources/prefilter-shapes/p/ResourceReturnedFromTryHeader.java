package p;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;

class ResourceReturnedFromTryHeader {
  InputStream stream(File file) throws IOException {
    try (InputStream in = new FileInputStream(file)) {
      return in;
    }
  }

  int first(File file) throws IOException {
    InputStream in = stream(file);
    return in.read();
  }
}
