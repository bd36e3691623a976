package cases.resource;

import java.io.BufferedReader;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A local {@code boolean} is set on exactly the branches that open a file, and the {@code
 * finally} closes the reader only when it is set (hsqldb's {@code Document.load}): a reader the
 * caller passed in is left to the caller, the file this method opened is closed on every path.
 * Silent.
 */
class ClosedBehindAFlagSetWhereItOpens {
  List<String> load(Object source) throws IOException {
    BufferedReader reader = null;
    boolean close = false;
    if (source instanceof File) {
      InputStream in = new FileInputStream((File) source);
      close = true;
      reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    } else if (source instanceof String) {
      InputStream in = new FileInputStream((String) source);
      InputStreamReader isr = new InputStreamReader(in, StandardCharsets.UTF_8);
      close = true;
      reader = new BufferedReader(isr);
    } else {
      reader = new BufferedReader((Reader) source);
    }
    List<String> lines = new ArrayList<>();
    try {
      String line;
      while ((line = reader.readLine()) != null) {
        lines.add(line);
      }
    } finally {
      if (close) {
        reader.close();
      }
    }
    return lines;
  }

  String firstLine(File file, Reader given) throws IOException {
    Reader reader;
    boolean opened;
    if (given == null) {
      reader = new InputStreamReader(new FileInputStream(file), StandardCharsets.UTF_8);
      opened = true;
    } else {
      reader = given;
      opened = false;
    }
    try {
      return new BufferedReader(reader).readLine();
    } finally {
      if (opened) {
        reader.close();
      }
    }
  }
}
