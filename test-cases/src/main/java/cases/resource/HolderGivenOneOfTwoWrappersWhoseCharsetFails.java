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
 * A stream given to one of two wrappers, one per branch, both stored into the same holder, which
 * held standard output before: {@code new PrintStream(.., encoding)} fails on a charset name the
 * JDK does not know, the holder still holds standard output, and the {@code finally} that closes
 * it leaves the file open. From Ant 1.10.15 {@code SQLExec.execute} (its output file). Either
 * wrapper closes the stream on every path once built, so each store of the holder takes the
 * stream's place; the source engines follow one holder only (known gap). Look-alikes, silent:
 * {@code HolderGivenOneOfTwoWrappersClosedWhenOneFails}.
 */
class HolderGivenOneOfTwoWrappersWhoseCharsetFails {
  void run(File output, String encoding, List<String> lines) throws IOException {
    PrintStream out = System.out;
    try {
      if (output != null) {
        OutputStream os = new FileOutputStream(output); // expect: UnclosedResource
        if (encoding != null) {
          out = new PrintStream(new BufferedOutputStream(os), false, encoding);
        } else {
          out = new PrintStream(new BufferedOutputStream(os));
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
