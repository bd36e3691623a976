package cases.resource;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Silent: a factory method; returning the stream hands the duty to close it to the caller. */
class ResourceReturnedToCaller {
  InputStream open(File file) throws IOException {
    InputStream in = new FileInputStream(file);
    return in;
  }
}
