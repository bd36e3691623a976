package cases.resource;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Look-alikes of {@link AnonymousProjectCloseableClosedOnNormalPath}, all silent: anonymous
 * closeables closed only when the call before the close does not throw, which hold nothing to
 * release: one whose own {@code close()} only clears a flag, an anonymous in-memory stream, and
 * one whose {@code close()} is empty. SpotBugs reports the first two (known gaps, false alarms:
 * at release 8 the flag is written through javac's {@code access$NNN}, a call; the anonymous
 * stream is no in-memory type of the tables).
 */
class AnonymousCloseableReleasingOnlyMemory {
  private boolean open;

  int written(byte[] data, OutputStream sink) throws IOException {
    Closeable marker = new Closeable() {
      @Override
      public void close() {
        open = false;
      }
    };
    open = true;
    sink.write(data);
    marker.close();
    return data.length;
  }

  byte[] copied(byte[] data, OutputStream sink) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(data.length) {
      @Override
      public synchronized void write(int b) {
        super.write(b);
      }
    };
    buffer.write(data);
    sink.write(buffer.toByteArray());
    buffer.close();
    return buffer.toByteArray();
  }

  int marked(byte[] data, OutputStream sink) throws IOException {
    Closeable marker = new Closeable() {
      @Override
      public void close() {
      }
    };
    sink.write(data);
    marker.close();
    return data.length;
  }
}
