package cases.resource;

import java.io.BufferedReader;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;

/**
 * Reported look-alike of {@code ClosedInAnOuterFinally}: the outer {@code finally} does not close
 * the holder, which only the inner {@code try} closes after a read that may fail.
 */
class OuterFinallyClosingNothing {
  String outerFinallyDoesNotClose(File file, BufferedReader other) throws IOException {
    BufferedReader reader = null;
    try {
      try {
        InputStream in = new FileInputStream(file); // expect: UnclosedResource
        reader = new BufferedReader(new InputStreamReader(in, "UTF-8"));
        String line = reader.readLine();
        reader.close();
        return line;
      } finally {
        System.out.println("read " + file);
      }
    } finally {
      System.out.println("done with " + other);
    }
  }
}
