package cases.resource;

import java.io.BufferedReader;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;

/**
 * The stream is opened in an inner {@code try} and stored into a holder declared outside it; the
 * {@code finally} of the outer {@code try} closes the holder. The read that fails inside the inner
 * {@code try} (through its {@code catch} or its own {@code finally}) leaves by the outer {@code
 * finally}, which closes it: silent. (The walk used to merge the inner {@code try}'s throws into one
 * state after its {@code finally}, so the read was taken for the wrapper's constructor, which
 * throws before the holder holds the stream.) Reported look-alike: {@code
 * OuterFinallyClosingNothing}.
 */
class ClosedInAnOuterFinally {
  String innerCatchReturns(File file) throws IOException {
    BufferedReader reader = null;
    try {
      try {
        InputStream in = new FileInputStream(file);
        reader = new BufferedReader(new InputStreamReader(in, "UTF-8"));
        return reader.readLine();
      } catch (IOException e) {
        return null;
      }
    } finally {
      if (reader != null) {
        reader.close();
      }
    }
  }

  String innerFinallyLogs(File file) throws IOException {
    BufferedReader reader = null;
    try {
      try {
        InputStream in = new FileInputStream(file);
        reader = new BufferedReader(new InputStreamReader(in, "UTF-8"));
        return reader.readLine();
      } finally {
        System.out.println("read " + file);
      }
    } finally {
      if (reader != null) {
        reader.close();
      }
    }
  }
}
