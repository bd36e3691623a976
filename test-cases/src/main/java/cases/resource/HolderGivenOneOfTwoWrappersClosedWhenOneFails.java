package cases.resource;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;

/**
 * Silent look-alikes of {@code HolderGivenOneOfTwoWrappersWhoseCharsetFails} (Ant's SQLExec): the
 * stream is given to one of two wrappers stored into the same holder, and nothing leaks it: the
 * charset is named by a constant (the JDK knows it, so the wrapper cannot fail).
 */
class HolderGivenOneOfTwoWrappersClosedWhenOneFails {
  void charsetNamedByAConstant(File output, boolean buffered, List<String> lines)
      throws IOException {
    PrintStream out = System.out;
    try {
      if (output != null) {
        OutputStream os = new FileOutputStream(output);
        if (buffered) {
          out = new PrintStream(new BufferedOutputStream(os), false, "UTF-8");
        } else {
          out = new PrintStream(os, false, "UTF-8");
        }
      }
      for (String line : lines) {
        out.println(line);
      }
    } finally {
      closeQuietly(out);
    }
  }

  private static void closeQuietly(Closeable closeable) {
    try {
      if (closeable != null) {
        closeable.close();
      }
    } catch (IOException ignored) {
      // nothing to do
    }
  }
}
