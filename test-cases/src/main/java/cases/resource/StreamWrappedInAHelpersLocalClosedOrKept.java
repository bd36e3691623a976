package cases.resource;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.w3c.dom.Document;

/**
 * Silent: a stream given to a helper that wraps it in a reader kept in a local, where the helper
 * closes the reader (and with it the stream), stores it in a field the object closes, or returns
 * it to a caller that returns it in turn; or where the caller closes the stream after the call.
 * Look-alikes of {@code StreamWrappedInAHelpersLocalNeverClosed}.
 */
class StreamWrappedInAHelpersLocalClosedOrKept implements AutoCloseable {
  interface Parser {
    Document parse(Reader in) throws IOException;
  }

  private Reader kept;

  Document loadClosedByHelper(Parser parser, File file) throws IOException {
    InputStream in = new FileInputStream(file);
    return parseAndClose(parser, in);
  }

  void loadKeptByHelper(File file) throws IOException {
    InputStream in = new FileInputStream(file);
    keep(in);
  }

  Reader loadReturned(File file) throws IOException {
    InputStream in = new FileInputStream(file);
    return wrap(in);
  }

  Document loadClosedByCaller(Parser parser, File file) throws IOException {
    InputStream in = new FileInputStream(file);
    try {
      return parse(parser, in);
    } finally {
      in.close();
    }
  }

  private static Document parseAndClose(Parser parser, InputStream in) throws IOException {
    Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
    try {
      return parser.parse(reader);
    } finally {
      reader.close();
    }
  }

  private void keep(InputStream in) {
    Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
    this.kept = reader;
  }

  private static Reader wrap(InputStream in) {
    Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
    return reader;
  }

  private static Document parse(Parser parser, InputStream in) throws IOException {
    Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
    return parser.parse(reader);
  }

  @Override
  public void close() throws IOException {
    if (kept != null) {
      kept.close();
    }
  }
}
