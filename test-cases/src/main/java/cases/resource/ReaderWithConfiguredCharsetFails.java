package cases.resource;

import java.io.BufferedReader;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStreamReader;

/**
 * Flagged: a charset name read from configuration may be unknown, and the reader's constructor
 * then throws UnsupportedEncodingException with the file stream inside it open (Ant's
 * ReplaceRegExp shipped this).
 */
class ReaderWithConfiguredCharsetFails {
  private String encoding;

  String firstLine(File file) throws IOException {
    BufferedReader reader = null;
    try {
      reader = new BufferedReader(new InputStreamReader(new FileInputStream(file), encoding)); // expect: UnclosedResource "not closed if `new InputStreamReader(…)` throws"
      return reader.readLine();
    } finally {
      if (reader != null) {
        reader.close();
      }
    }
  }
}
