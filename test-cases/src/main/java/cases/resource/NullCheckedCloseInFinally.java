package cases.resource;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;

/** Silent: the pre-Java-7 idiom; acquired inside try, closed in finally behind a null check. */
class NullCheckedCloseInFinally {
  int firstByte(File file) throws IOException {
    FileInputStream in = null;
    try {
      in = new FileInputStream(file);
      return in.read();
    } finally {
      if (in != null) {
        in.close();
      }
    }
  }
}
