package cases.resource;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * Silent: close() delegates to an abstract hook, and the subclass that implements it may close
 * the channel; the engines cannot see which.
 */
abstract class OwningFieldClosedBySubclassHook {
  protected FileChannel file;

  void open(Path path) throws IOException {
    file = FileChannel.open(path);
  }

  protected abstract void doClose() throws IOException;

  public final void close() throws IOException {
    doClose();
  }
}
