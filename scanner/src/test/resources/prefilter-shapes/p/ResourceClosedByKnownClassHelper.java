package p;

import io.undertow.connector.ByteBufferPool;
import io.undertow.connector.PooledByteBuffer;
import java.nio.ByteBuffer;
import org.xnio.IoUtils;

/**
 * Undertow's PerMessageDeflateFunction: a pooled buffer from the file's own method, closed only
 * by XNIO's IoUtils.safeClose, and not if a call before the try throws (neither library on the
 * class path, as when the scanner runs without the project's jars).
 */
class ResourceClosedByKnownClassHelper {
  int transform(ByteBufferPool pool, ByteBuffer source) {
    PooledByteBuffer input = arrayBacked(pool, source);
    int remaining = input.getBuffer().remaining();
    try {
      return remaining + source.remaining();
    } finally {
      IoUtils.safeClose(input);
    }
  }

  private PooledByteBuffer arrayBacked(ByteBufferPool pool, ByteBuffer source) {
    PooledByteBuffer copy = pool.allocate();
    copy.getBuffer().put(source);
    return copy;
  }
}
