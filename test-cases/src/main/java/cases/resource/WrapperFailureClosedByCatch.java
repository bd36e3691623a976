package cases.resource;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** Silent: when the gzip header cannot be read, the catch closes the file stream and rethrows. */
class WrapperFailureClosedByCatch {
  InputStream open(File file) throws IOException {
    FileInputStream fis = new FileInputStream(file);
    try {
      return new GZIPInputStream(fis);
    } catch (IOException e) {
      fis.close();
      throw e;
    }
  }
}
