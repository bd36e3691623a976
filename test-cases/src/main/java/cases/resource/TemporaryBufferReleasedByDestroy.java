package cases.resource;

import java.io.File;
import java.io.IOException;
import org.eclipse.jgit.util.TemporaryBuffer;

/**
 * Silent: JGit's {@code TemporaryBuffer.destroy()} closes the overflow file stream (and {@code
 * LocalFile}'s deletes the file): JGit's {@code ResolveMerger.insertMergeResult}, which closes the
 * buffer on the normal path and destroys it in {@code finally} (bench/real-leaks jgit-60, a false
 * alarm while only {@code close()} counted). Flagged: a buffer destroyed only when the write does
 * not throw.
 */
class TemporaryBufferReleasedByDestroy {
  int closedThenDestroyedInFinally(File directory, byte[] data) throws IOException {
    TemporaryBuffer.LocalFile buffer = new TemporaryBuffer.LocalFile(directory);
    try {
      buffer.write(data);
      buffer.close();
      return data.length;
    } finally {
      buffer.destroy();
    }
  }

  void destroyedOnlyOnNormalPath(File directory, byte[] data) throws IOException {
    TemporaryBuffer.LocalFile buffer = new TemporaryBuffer.LocalFile(directory); // expect: UnclosedResource
    buffer.write(data);
    buffer.destroy();
  }
}
