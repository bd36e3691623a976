package cases.resource;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * One variable name declared in two blocks of a method: each declaration is its own resource.
 * The first is closed in a finally (silent), the second never (flagged); both closed: silent.
 */
class SameNameDeclaredTwiceInOneMethod {
  int firstByte(File file, boolean careful) throws IOException {
    if (careful) {
      InputStream in = new FileInputStream(file);
      try {
        return in.read();
      } finally {
        in.close();
      }
    } else {
      InputStream in = new FileInputStream(file); // expect: UnclosedResource
      return in.read();
    }
  }

  int firstByteBothClosed(File file, boolean careful) throws IOException {
    if (careful) {
      InputStream in = new FileInputStream(file);
      try {
        return in.read();
      } finally {
        in.close();
      }
    } else {
      InputStream in = new FileInputStream(file);
      try {
        return in.read() + 1;
      } finally {
        in.close();
      }
    }
  }
}
