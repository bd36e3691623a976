package cases.resource;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Properties;

/**
 * Flagged: a method of the class returning {@code url == null ? null : url.openStream()} is a
 * factory, as one with a {@code return null;} and a {@code return url.openStream();} is: each
 * arm of the {@code ?:} is null or a stream just opened, so its caller owns the result (CXF's
 * {@code ResourceUtils.getResourceStream}, whose stream {@code loadProperties} never closed).
 * Look-alikes: the result closed by try-with-resources, and a {@code ?:} one arm of which is a
 * stream the class keeps (a field), whose caller cannot tell whether it owns the result.
 */
class FactoryReturningNullOrOpenedStreamNeverClosed {
  private final InputStream shared;

  FactoryReturningNullOrOpenedStreamNeverClosed(InputStream shared) {
    this.shared = shared;
  }

  Properties load(URL url) throws IOException {
    Properties props = new Properties();
    InputStream in = resourceStream(url); // expect: UnclosedResource "not closed on every path"
    if (in != null) {
      props.load(in);
    }
    return props;
  }

  Properties loadClosed(URL url) throws IOException {
    Properties props = new Properties();
    try (InputStream in = resourceStream(url)) {
      if (in != null) {
        props.load(in);
      }
    }
    return props;
  }

  int firstByteOfSharedOrOwn(URL url) throws IOException {
    InputStream in = sharedOrOpened(url);
    return in.read();
  }

  private static InputStream resourceStream(URL url) throws IOException {
    return url == null ? null : url.openStream();
  }

  private InputStream sharedOrOpened(URL url) throws IOException {
    return url == null ? shared : url.openStream();
  }
}
