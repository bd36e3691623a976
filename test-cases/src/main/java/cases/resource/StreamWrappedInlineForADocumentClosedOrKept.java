package cases.resource;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.w3c.dom.Document;

/**
 * Silent: {@code StreamWrappedInlineForADocumentNeverClosed} with the stream closed by
 * try-with-resources, or the inline wrapper given to code that returns a closeable made over it
 * (the caller owns that one now), or returned itself.
 */
class StreamWrappedInlineForADocumentClosedOrKept {
  interface Xml {
    Document read(Reader in) throws IOException;

    Closeable open(Reader in) throws IOException;
  }

  Document load(Xml xml, File file) throws IOException {
    try (InputStream in = new FileInputStream(file)) {
      return xml.read(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
  }

  Closeable openThroughHelper(Xml xml, File file) throws IOException {
    InputStream in = new FileInputStream(file);
    return open(xml, in);
  }

  private static Closeable open(Xml xml, InputStream in) throws IOException {
    return xml.open(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
  }

  Reader reader(File file) throws IOException {
    InputStream in = new FileInputStream(file);
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }
}
