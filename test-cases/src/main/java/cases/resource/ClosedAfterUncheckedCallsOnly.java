package cases.resource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Silent: closed on every normal path, and between the acquisition and the close only calls run
 * that declare no checked exception: Undertow's {@code PooledByteBuffer.getBuffer()} before the
 * {@code try} whose {@code finally} closes it, H2's {@code LocalResult.setDistinct()} and {@code
 * addRow()} before {@code close()}. An unchecked exception could leak it: true, but not worth a
 * finding (issue #10). The look-alike that is flagged, a call declaring {@code IOException}
 * before the close, is {@code ProjectCloseableClosedOnlyOnNormalPath}.
 */
class ClosedAfterUncheckedCallsOnly {
  int readInto(BufferPool pool, InputStream in) throws IOException {
    PooledBuffer pooled = pool.allocate();
    ByteBuffer buffer = pooled.getBuffer();
    try {
      return in.read(buffer.array());
    } finally {
      pooled.close();
    }
  }

  int distinctCount(List<String> left, List<String> right) {
    TempResult temp = createResult();
    temp.setDistinct();
    for (String row : left) {
      temp.addRow(row);
    }
    for (String row : right) {
      temp.addRow(row);
    }
    int count = temp.rowCount();
    temp.close();
    return count;
  }

  private static TempResult createResult() {
    return new TempResult();
  }

  /** Stands for Undertow's ByteBufferPool: hands out pooled buffers the caller must give back. */
  static final class BufferPool {
    private final List<ByteBuffer> free = new ArrayList<ByteBuffer>();

    PooledBuffer allocate() {
      ByteBuffer buffer = free.isEmpty() ? ByteBuffer.allocate(8192) : free.remove(0);
      return new PooledBuffer(this, buffer);
    }

    void release(ByteBuffer buffer) {
      buffer.clear();
      free.add(buffer);
    }
  }

  /** Stands for Undertow's PooledByteBuffer: close() gives the buffer back to its pool. */
  static final class PooledBuffer implements AutoCloseable {
    private final BufferPool pool;
    private final ByteBuffer buffer;

    PooledBuffer(BufferPool pool, ByteBuffer buffer) {
      this.pool = pool;
      this.buffer = buffer;
    }

    ByteBuffer getBuffer() {
      return buffer;
    }

    @Override
    public void close() {
      pool.release(buffer);
    }
  }

  /** Stands for H2's LocalResult: rows in memory that may spill to a temporary file. */
  static final class TempResult implements AutoCloseable {
    private final List<String> rows = new ArrayList<String>();
    private boolean distinct;

    void setDistinct() {
      distinct = true;
    }

    void addRow(String row) {
      if (!distinct || !rows.contains(row)) {
        rows.add(row);
      }
    }

    int rowCount() {
      return rows.size();
    }

    @Override
    public void close() {
      rows.clear();
    }
  }
}
