package cases.resource;

import java.io.BufferedReader;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.w3c.dom.Document;

/**
 * Flagged: a stream given to a helper of the class that wraps it in a reader kept in a local of
 * its own, reads through the reader and closes neither ({@code Reader r = new
 * InputStreamReader(in, UTF_8); return parser.parse(r);}). The reader is the stream's later
 * holder in the helper's summary as it is in a method that opens the stream: the helper only
 * borrows the stream, and its caller never closes it (the inline form, {@code
 * parse(new InputStreamReader(in, UTF_8))}, is {@code StreamWrappedInlineForADocumentNeverClosed}).
 * Look-alikes: {@code StreamWrappedInAHelpersLocalClosedOrKept}.
 */
class StreamWrappedInAHelpersLocalNeverClosed {
  interface Parser {
    Document parse(Reader in) throws IOException;
  }

  Document load(Parser parser, File file) throws IOException {
    InputStream in = new FileInputStream(file); // expect: UnclosedResource "not closed on every path"
    return parse(parser, in);
  }

  String firstLine(File file) throws IOException {
    InputStream in = new FileInputStream(file); // expect: UnclosedResource "not closed on every path"
    return readFirstLine(in);
  }

  private static Document parse(Parser parser, InputStream in) throws IOException {
    Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
    return parser.parse(reader);
  }

  private static String readFirstLine(InputStream in) throws IOException {
    BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    return lines.readLine();
  }
}
