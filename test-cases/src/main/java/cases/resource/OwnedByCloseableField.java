package cases.resource;

import java.io.Closeable;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Silent: the stream is stored in a field of a Closeable that closes it; ownership moved to the object. */
class OwnedByCloseableField implements Closeable {
  private final InputStream in;

  OwnedByCloseableField(File file) throws IOException {
    this.in = new FileInputStream(file);
  }

  int next() throws IOException {
    return in.read();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
