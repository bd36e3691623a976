package cases.resource;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Silent: the stream is closed only in a catch, when handing it to the registry failed; on
 * success the registry owns it. A close in a catch proves no ownership.
 */
class ClosedOnlyWhenHandOverFails {
  void adopt(Registry registry, File file) throws IOException {
    InputStream in = new FileInputStream(file);
    try {
      registry.register(in);
    } catch (RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /** Stands for a library type that keeps what it is given. */
  interface Registry {
    void register(InputStream in);
  }
}
