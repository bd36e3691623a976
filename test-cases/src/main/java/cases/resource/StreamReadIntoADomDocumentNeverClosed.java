package cases.resource;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.w3c.dom.Document;

/**
 * Flagged: a fresh stream passed to code the analysis cannot read (an interface here; CXF's
 * {@code StaxUtils.read(url.openStream())} in a real project) that returns a DOM {@code
 * Document}. The document is built from the stream's content and keeps no reference to the
 * stream, which is still the caller's to close. {@code org.w3c.dom} is the JDK's own (module
 * {@code java.xml}) but outside {@code java.} and {@code javax.}: the scanner took such a type
 * for one it could not resolve, and a {@code Document} known by name only may be a resource.
 * Look-alikes: {@code StreamReadIntoADomDocumentClosed}.
 */
class StreamReadIntoADomDocumentNeverClosed {
  interface Xml {
    Document read(InputStream in) throws IOException;
  }

  Document load(Xml xml, File file) throws IOException {
    Document document = xml.read(new FileInputStream(file)); // expect: UnclosedResource "not closed on every path"
    return document;
  }

  Document parse(Xml xml, File file) throws IOException {
    InputStream in = new FileInputStream(file); // expect: UnclosedResource "not closed on every path"
    Document document;
    try {
      document = xml.read(in);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + file, e);
    }
    return document;
  }
}
