package cases.resource;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.util.Properties;

/** Silent: Properties.load only borrows the stream, which the finally block closes. */
class StreamBorrowedByPropertiesClosedInFinally {
  Properties read(File file) throws IOException {
    Properties properties = new Properties();
    FileInputStream in = new FileInputStream(file);
    try {
      properties.load(in);
    } finally {
      in.close();
    }
    return properties;
  }
}
