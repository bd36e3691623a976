package cases.resource;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;

/**
 * Flagged: {@code URLConnection.getInputStream()} hands the caller the response's stream, which
 * holds the connection's socket (an HTTP connection goes back to the keep-alive cache only once
 * its stream is read to the end or closed); read once and dropped, it stays open. Look-alikes: the
 * same stream closed by try-with-resources, and returned to the caller, who owns it then.
 */
class UrlConnectionStreamNeverClosed {
  int firstByte(URL url) throws IOException {
    URLConnection connection = url.openConnection();
    InputStream in = connection.getInputStream(); // expect: UnclosedResource
    return in.read();
  }

  int firstByteInTryWithResources(URL url) throws IOException {
    URLConnection connection = url.openConnection();
    try (InputStream in = connection.getInputStream()) {
      return in.read();
    }
  }

  InputStream lentToTheCaller(URL url) throws IOException {
    URLConnection connection = url.openConnection();
    connection.setConnectTimeout(1000);
    return connection.getInputStream();
  }
}
