package org.apache.poi.poifs.filesystem;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Stand-in for Apache POI's {@code org.apache.poi.poifs.filesystem.POIFSFileSystem} (3.17 to 5.x),
 * so that the corpus compiles without POI. {@code new POIFSFileSystem()} is "intended for writing"
 * and holds its blocks in memory (a {@code ByteArrayBackedDataSource}); {@code new
 * POIFSFileSystem(file)} keeps the file open until {@code close()}.
 */
public class POIFSFileSystem implements Closeable {
  public POIFSFileSystem() {}

  public POIFSFileSystem(File file) throws IOException {}

  /** Writes the file system out to {@code stream}; may fail as a write does. */
  public void writeFilesystem(OutputStream stream) throws IOException {
    stream.flush();
  }

  @Override
  public void close() throws IOException {}
}
