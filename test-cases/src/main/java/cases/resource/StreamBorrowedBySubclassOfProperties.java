package cases.resource;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Flagged: load, inherited from Properties, leaves the stream open, and nothing closes it. */
class StreamBorrowedBySubclassOfProperties {
  static final class OrderedProperties extends Properties {
    private static final long serialVersionUID = 1L;
  }

  Properties read(File file) throws IOException {
    OrderedProperties properties = new OrderedProperties();
    InputStream in = new FileInputStream(file); // expect: UnclosedResource "`in`"
    properties.load(in);
    return properties;
  }
}
