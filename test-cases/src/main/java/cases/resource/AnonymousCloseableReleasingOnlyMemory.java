package cases.resource;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Look-alike of {@link AnonymousProjectCloseableClosedOnNormalPath}, silent: an anonymous
 * closeable closed only when the write before the close does not throw, whose own {@code close()}
 * releases nothing (an empty body), so leaving it open leaks nothing.
 */
class AnonymousCloseableReleasingOnlyMemory {
  int written(byte[] data, OutputStream sink) throws IOException {
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
