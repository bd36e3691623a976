package cases.resource;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Silent: a project Closeable closed in a finally that covers its uses, and an in-memory stream
 * from a project method closed only on the normal path (it holds nothing).
 */
class ProjectCloseableClosedInFinally {
  int firstEntry(File file) throws IOException {
    Reader reader = Reader.open(file);
    try {
      return reader.read();
    } finally {
      reader.close();
    }
  }

  byte[] render(String text) throws IOException {
    ByteArrayOutputStream out = buffer();
    out.write(text.getBytes("UTF-8"));
    out.close();
    return out.toByteArray();
  }

  private static ByteArrayOutputStream buffer() {
    return new ByteArrayOutputStream();
  }

  /** Stands for a project type holding a file. */
  static final class Reader implements Closeable {
    private final InputStream in;

    private Reader(InputStream in) {
      this.in = in;
    }

    static Reader open(File file) throws IOException {
      return new Reader(new FileInputStream(file));
    }

    int read() throws IOException {
      return in.read();
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
