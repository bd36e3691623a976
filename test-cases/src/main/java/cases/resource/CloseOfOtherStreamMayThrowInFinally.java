package cases.resource;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;

/** Flagged: when in.close() throws in the finally block, out.close() never runs. */
class CloseOfOtherStreamMayThrowInFinally {
  void copy(File from, File to) throws IOException {
    FileInputStream in = null;
    FileOutputStream out = null;
    try {
      in = new FileInputStream(from);
      out = new FileOutputStream(to); // expect: UnclosedResource "not if `close()` throws"
      out.write(in.read());
    } finally {
      if (in != null) {
        in.close();
      }
      if (out != null) {
        out.close();
      }
    }
  }
}
