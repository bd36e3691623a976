package cases.resource;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Silent: the stream is returned once its header is skipped; the finally block closes it when
 * that failed, which a flag tells. The method handles failure itself.
 */
class HandOverClosedOnFailureByFlag {
  InputStream openAfterHeader(File file) throws IOException {
    InputStream in = new FileInputStream(file);
    boolean ok = false;
    try {
      in.skip(16);
      ok = true;
    } finally {
      if (!ok) {
        in.close();
      }
    }
    return in;
  }
}
