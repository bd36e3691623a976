package cases.resource;

import java.io.BufferedReader;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;

/**
 * A reader built over the stream is stored into a holder inside a {@code try} whose {@code
 * catch} swallows the read's failure and whose {@code finally} closes the holder (c3p0's
 * ConfigUtils): the {@code finally} runs on the path leaving through the {@code catch} too, so
 * the stream is closed on every path. Silent.
 */
class HolderClosedInFinallyAfterACatch {
  String catchReturns(File file) throws IOException {
    InputStream in = null;
    BufferedReader reader = null;
    try {
      in = new FileInputStream(file);
      reader = new BufferedReader(new InputStreamReader(in, "UTF-8"));
      return reader.readLine();
    } catch (IOException e) {
      return null;
    } finally {
      if (reader != null) {
        reader.close();
      }
    }
  }

  String catchFallsThrough(File file) throws IOException {
    BufferedReader reader = null;
    String line = null;
    try {
      InputStream in = new FileInputStream(file);
      reader = new BufferedReader(new InputStreamReader(in, "UTF-8"));
      line = reader.readLine();
    } catch (IOException e) {
      e.printStackTrace();
    } finally {
      if (reader != null) {
        reader.close();
      }
    }
    return line;
  }

  String catchLogsAndFinallyClosesQuietly(File file) {
    BufferedReader reader = null;
    try {
      InputStream in = new FileInputStream(file);
      reader = new BufferedReader(new InputStreamReader(in, "UTF-8"));
      return reader.readLine();
    } catch (IOException e) {
      e.printStackTrace();
      return null;
    } finally {
      try {
        if (reader != null) {
          reader.close();
        }
      } catch (IOException e) {
        e.printStackTrace();
      }
    }
  }
}
