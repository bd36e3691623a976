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
 * Flagged: a stream wrapped inline by a JDK reader that is given at once to code that only reads
 * it into a DOM {@code Document} ({@code StaxUtils.read(new InputStreamReader(is, UTF_8))},
 * CXF's {@code ResourceUtils.getUserResources(InputStream)}, the leak CXF fixed in 3.2.5). The
 * reader is the stream's new holder; nothing closes it, so the stream stays open. The wrapper,
 * not its construction, decides: in the method itself and in a helper's summary.
 * Look-alikes: {@code StreamWrappedInlineForADocumentClosedOrKept}.
 */
class StreamWrappedInlineForADocumentNeverClosed {
  interface Xml {
    Document read(Reader in) throws IOException;
  }

  Document load(Xml xml, File file) throws IOException {
    InputStream in = new FileInputStream(file); // expect: UnclosedResource "not closed on every path"
    return xml.read(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  Document loadThroughHelper(Xml xml, File file) throws IOException {
    InputStream in = new FileInputStream(file); // expect: UnclosedResource "not closed on every path"
    return parse(xml, in);
  }

  private static Document parse(Xml xml, InputStream in) throws IOException {
    return xml.read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
  }
}
