package jakarta.activation;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Stand-in for Jakarta Activation 2.1's {@code jakarta.activation.DataHandler}, so that the
 * corpus compiles without it: {@code getInputStream()} returns its data source's new stream.
 */
public class DataHandler {
  private final DataSource source;

  public DataHandler(DataSource source) {
    this.source = source;
  }

  public InputStream getInputStream() throws IOException {
    return source.getInputStream();
  }

  public void writeTo(OutputStream out) throws IOException {
    throw new UnsupportedOperationException("stand-in");
  }
}
