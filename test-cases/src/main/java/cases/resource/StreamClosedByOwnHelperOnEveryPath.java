package cases.resource;

import java.io.BufferedReader;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;

/**
 * Silent: the stream goes to a method of the analysed code that closes it on every path, once in
 * try-with-resources and once in a null-safe quiet close in {@code finally} (Ant's
 * ArgumentProcessorRegistry and its EJB deployment tools: {@code
 * getProcessorByService(conn.getInputStream())}, {@code FileUtils.close(jarStream)}). The call is
 * the stream's close.
 */
class StreamClosedByOwnHelperOnEveryPath {
  String firstService(URL resource) throws IOException {
    URLConnection conn = resource.openConnection();
    conn.setUseCaches(false);
    return firstLine(conn.getInputStream());
  }

  void writeMarker(File target) throws IOException {
    OutputStream out = null;
    try {
      out = new FileOutputStream(target);
      out.write('M');
    } finally {
      close(out);
    }
  }

  private static String firstLine(InputStream in) throws IOException {
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.readLine();
    }
  }

  static void close(OutputStream out) {
    if (out != null) {
      try {
        out.close();
      } catch (IOException ignored) {
        // nothing to do
      }
    }
  }
}
