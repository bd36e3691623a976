package cases.resource;

import java.io.Closeable;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Flagged: the stream is the object's once stored in its field (and closed by its close()), but
 * when reading the header throws, the constructor fails before the store: nobody can close it.
 */
class HandOverToFieldAfterHeaderRead implements Closeable {
  private final InputStream in;
  private final int version;

  HandOverToFieldAfterHeaderRead(File file) throws IOException {
    InputStream stream = new FileInputStream(file); // expect: UnclosedResource
    version = stream.read();
    this.in = stream;
  }

  int version() {
    return version;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
