package cases.resource;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;

/**
 * Silent: each close() in the finally block sits in its own try/catch, so a failing close of the
 * input cannot skip the close of the output (an unchecked exception passing the catch is possible,
 * but not what a finding should be about; the bytecode's exception table says the same).
 */
class QuietCloseOfOtherStreamInFinally {
  void copy(File from, File to) throws IOException {
    FileInputStream in = new FileInputStream(from);
    FileOutputStream out = null;
    try {
      out = new FileOutputStream(to);
      out.write(in.read());
    } finally {
      try {
        in.close();
      } catch (IOException ignored) {
        // nothing to do
      }
      if (out != null) {
        try {
          out.close();
        } catch (IOException ignored) {
          // nothing to do
        }
      }
    }
  }
}
