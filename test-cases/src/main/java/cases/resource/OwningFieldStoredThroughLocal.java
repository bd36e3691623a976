package cases.resource;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A resource opened into a local and then stored into a field of the class is owned by the class
 * as if it had been opened straight into the field: flagged at the store when no method closes
 * the field. The local itself is not a local leak (the field holds it from the store on).
 */
class OwningFieldStoredThroughLocal implements Closeable {
  private final FileChannel data;
  private final InputStream index;
  private long size;

  OwningFieldStoredThroughLocal(Path dataFile, File indexFile) throws IOException {
    FileChannel channel = FileChannel.open(dataFile, StandardOpenOption.READ);
    this.data = channel; // expect: UnclosedResource
    this.index = new FileInputStream(indexFile); // expect: UnclosedResource
    this.size = channel.size();
  }

  int read(ByteBuffer buffer, long position) throws IOException {
    return position < size ? data.read(buffer, position) : -1;
  }

  int nextIndex() throws IOException {
    return index.read();
  }

  @Override
  public void close() throws IOException {
    index.close();
  }
}

/** The same through a local assigned after its declaration, in a method that reopens the file. */
class OwningFieldStoredThroughLocalLater implements Closeable {
  private RandomAccessFile file;
  private boolean closed;

  void open(File f) throws IOException {
    RandomAccessFile opened;
    opened = new RandomAccessFile(f, "r");
    file = opened; // expect: UnclosedResource
  }

  int next() throws IOException {
    return file.read();
  }

  @Override
  public void close() {
    closed = true;
  }

  boolean isClosed() {
    return closed;
  }
}

/** Silent: the field stored through a local is closed by close(). */
class OwningFieldStoredThroughLocalAndClosed implements Closeable {
  private final FileChannel data;

  OwningFieldStoredThroughLocalAndClosed(Path dataFile) throws IOException {
    FileChannel channel = FileChannel.open(dataFile, StandardOpenOption.READ);
    this.data = channel;
  }

  long size() throws IOException {
    return data.size();
  }

  @Override
  public void close() throws IOException {
    data.close();
  }
}

/**
 * Silent: the local is also wrapped into the reader that close() closes, and closing the reader
 * closes the stream; the field only keeps a second handle on it.
 */
class OwningFieldStoredThroughLocalAlsoWrapped implements Closeable {
  private final InputStream raw;
  private final BufferedReader reader;

  OwningFieldStoredThroughLocalAlsoWrapped(File f) throws IOException {
    InputStream in = new FileInputStream(f);
    this.raw = in;
    this.reader = new BufferedReader(new InputStreamReader(in, "UTF-8"));
  }

  int available() throws IOException {
    return raw.available();
  }

  String line() throws IOException {
    return reader.readLine();
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}

/** Silent: the local holds a stream the class was given on one path, so the field may borrow it. */
class OwningFieldStoredThroughLocalMaybeBorrowed implements Closeable {
  private final InputStream in;
  private boolean closed;

  OwningFieldStoredThroughLocalMaybeBorrowed(InputStream given, File f) throws IOException {
    InputStream source = given;
    if (source == null) {
      source = new FileInputStream(f);
    }
    this.in = source;
  }

  int next() throws IOException {
    return in.read();
  }

  @Override
  public void close() {
    closed = true;
  }

  boolean isClosed() {
    return closed;
  }
}
