package cases.resource;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Silent: the buffers of {@link BufferStreamOpenedByOtherClass}, in a file of their own, so an
 * engine must read another file's bodies to tell the stream over memory from the file stream.
 */
final class BufferStreams {
  private BufferStreams() {}

  static final class InMemory {
    private final byte[] bytes;

    InMemory(byte[] bytes) {
      this.bytes = bytes;
    }

    InputStream openInputStream() {
      return new ByteArrayInputStream(bytes);
    }
  }

  static final class OnDisk {
    private final File file;

    OnDisk(File file) {
      this.file = file;
    }

    InputStream openInputStream() throws IOException {
      return new FileInputStream(file);
    }
  }
}
