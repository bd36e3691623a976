package cases.resource;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.w3c.dom.Document;

/**
 * Silent: {@code StreamReadIntoADomDocumentNeverClosed} with the stream closed once the
 * document is read, by try-with-resources or in a {@code finally}.
 */
class StreamReadIntoADomDocumentClosed {
  interface Xml {
    Document read(InputStream in) throws IOException;
  }

  Document load(Xml xml, File file) throws IOException {
    try (InputStream in = new FileInputStream(file)) {
      Document document = xml.read(in);
      return document;
    }
  }

  Document parse(Xml xml, File file) throws IOException {
    InputStream in = new FileInputStream(file);
    try {
      return xml.read(in);
    } finally {
      in.close();
    }
  }
}
