package cases.resource;

import java.io.OutputStream;
import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Silent: a StAX writer holds nothing of its own ("This must not close the underlying output
 * stream", {@code XMLStreamWriter.close()}), so closing it only on the normal path leaks nothing;
 * the stream under it is the caller's, or a {@code StringWriter} (log4j's
 * DefaultConfigurationBuilder.writeXmlConfiguration and toXmlConfiguration).
 */
class StaxWriterOverCallersStreamNeedsNoClose {
  void write(OutputStream output) throws XMLStreamException {
    XMLStreamWriter xmlWriter = XMLOutputFactory.newInstance().createXMLStreamWriter(output);
    writeBody(xmlWriter);
    xmlWriter.close();
  }

  String toXml() throws XMLStreamException {
    StringWriter text = new StringWriter();
    XMLStreamWriter xmlWriter = XMLOutputFactory.newInstance().createXMLStreamWriter(text);
    writeBody(xmlWriter);
    xmlWriter.close();
    return text.toString();
  }

  private static void writeBody(XMLStreamWriter xmlWriter) throws XMLStreamException {
    xmlWriter.writeStartElement("configuration");
    xmlWriter.writeEndElement();
  }
}
