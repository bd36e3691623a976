package org.eclipse.jgit.util;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Stand-in for JGit's {@code org.eclipse.jgit.util.TemporaryBuffer} (5.x), so that the corpus
 * compiles without JGit. A buffer that overflows to a file; {@code close()} only ends the writing,
 * {@code destroy()} ("Clear this buffer so it has no data, and cannot be used again") closes the
 * overflow stream, and {@code LocalFile.destroy()} deletes the file too.
 */
public abstract class TemporaryBuffer extends OutputStream {
  protected TemporaryBuffer() {}

  @Override
  public void write(int b) throws IOException {
    if (b < 0) {
      throw new IOException("overflow file failed");
    }
  }

  public void destroy() {}

  /** A buffer that overflows to a temporary file in a directory. */
  public static class LocalFile extends TemporaryBuffer {
    public LocalFile(File directory) {}

    @Override
    public void destroy() {
      super.destroy();
    }
  }
}
