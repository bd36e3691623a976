package cases.resource;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.util.zip.Inflater;

/**
 * Silent: a project stream whose close() releases nothing holds only memory, whatever its fields
 * keep, so closing it only on the normal path leaks nothing (commons-compress SevenZFile:692, a
 * bounded view of the archive's channel whose close() leaves the channel to the archive); nor
 * does one whose close() closes only in-memory fields and final memory-only classes. Reported:
 * one whose close() closes a file it opened, one whose close() closes a field of a type that may
 * hold anything (POI's POIFSFileSystem over a DataSource, the benchmark's real leak poi-60), and
 * one whose close() calls anything else (an Inflater's native memory).
 */
class ProjectCloseableWhoseCloseReleasesNothing {
  private final SeekableByteChannel channel;

  ProjectCloseableWhoseCloseReleasesNothing(SeekableByteChannel channel) {
    this.channel = channel;
  }

  int firstOfView(long size) throws IOException {
    InputStream view = new ChannelView(channel, size);
    int first = view.read();
    view.close();
    return first;
  }

  int firstOfFrame(byte[] frame) throws IOException {
    InputStream framed = new FrameReader(frame);
    int first = framed.read();
    framed.close();
    return first;
  }

  int firstOfFile(String path) throws IOException {
    InputStream part = new FilePart(path); // expect: UnclosedResource
    int first = part.read();
    part.close();
    return first;
  }

  int firstOfSource(Source source) throws IOException {
    InputStream over = new SourceReader(source); // expect: UnclosedResource
    int first = over.read();
    over.close();
    return first;
  }

  int firstInflated(byte[] data) throws IOException {
    InputStream inflating = new InflatingReader(data); // expect: UnclosedResource
    int first = inflating.read();
    inflating.close();
    return first;
  }

  /** A bounded view of a channel someone else owns: close() leaves the channel open. */
  static class ChannelView extends InputStream {
    private final SeekableByteChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocate(1);
    private long remaining;

    ChannelView(SeekableByteChannel channel, long size) {
      this.channel = channel;
      this.remaining = size;
    }

    @Override
    public int read() throws IOException {
      if (remaining-- <= 0) {
        return -1;
      }
      buffer.clear();
      return channel.read(buffer) < 0 ? -1 : buffer.get(0) & 0xff;
    }

    @Override
    public void close() {
      // the channel is the archive's
    }
  }

  /** Closes only memory: a byte buffer and a final class that only marks itself closed. */
  static class FrameReader extends InputStream {
    private final byte[] frame;
    private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
    private final Counter counter = new Counter();
    private int next;

    FrameReader(byte[] frame) {
      this.frame = frame;
    }

    @Override
    public int read() throws IOException {
      counter.count++;
      return next < frame.length ? frame[next++] : -1;
    }

    @Override
    public void close() throws IOException {
      counter.close();
      copy.close();
      super.close();
    }
  }

  static final class Counter implements Closeable {
    int count;
    boolean closed;

    @Override
    public void close() {
      closed = true;
    }
  }

  /** Opens the file it reads and closes it in close(). */
  static class FilePart extends InputStream {
    private final InputStream file;

    FilePart(String path) throws IOException {
      this.file = new FileInputStream(path);
    }

    @Override
    public int read() throws IOException {
      return file.read();
    }

    @Override
    public void close() throws IOException {
      file.close();
    }
  }

  /** What a reader reads from: memory or a file's channel, the reader cannot tell. */
  interface Source extends Closeable {
    int next() throws IOException;
  }

  static class SourceReader extends InputStream {
    private final Source source;

    SourceReader(Source source) {
      this.source = source;
    }

    @Override
    public int read() throws IOException {
      return source.next();
    }

    @Override
    public void close() throws IOException {
      source.close();
    }
  }

  /** close() ends an Inflater: a call, which may release anything (here native memory). */
  static class InflatingReader extends InputStream {
    private final Inflater inflater = new Inflater();

    InflatingReader(byte[] data) {
      inflater.setInput(data);
    }

    @Override
    public int read() throws IOException {
      return inflater.finished() ? -1 : 0;
    }

    @Override
    public void close() {
      inflater.end();
    }
  }
}
