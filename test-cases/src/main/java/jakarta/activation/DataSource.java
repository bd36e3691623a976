package jakarta.activation;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Stand-in for Jakarta Activation 2.1's {@code jakarta.activation.DataSource}, so that the corpus
 * compiles without it: "Note that a new InputStream object must be returned each time this
 * method is called".
 */
public interface DataSource {
  InputStream getInputStream() throws IOException;

  OutputStream getOutputStream() throws IOException;

  String getContentType();

  String getName();
}
