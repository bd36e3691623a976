package cases.resource;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Flagged: getResourceAsStream opens a stream the caller owns (a file, or a jar entry with its
 * inflater); Properties.load leaves it open.
 */
class ClassPathResourceNeverClosed {
  Properties defaults() throws IOException {
    Properties properties = new Properties();
    properties.load(getClass().getResourceAsStream("defaults.properties")); // expect: UnclosedResource "not closed on every path"
    return properties;
  }

  Properties closed() throws IOException {
    Properties properties = new Properties();
    try (InputStream in = ClassPathResourceNeverClosed.class.getResourceAsStream("defaults.properties")) {
      properties.load(in);
    }
    return properties;
  }
}
