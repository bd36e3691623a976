package cases.resource;

import java.io.BufferedReader;
import java.io.File;
import java.io.FileReader;
import java.io.IOException;

/** Silent: closing the BufferedReader closes the FileReader it wraps; the inner one is not a separate leak. */
class WrappedReaderInTryWithResources {
  String firstLine(File file) throws IOException {
    try (BufferedReader reader = new BufferedReader(new FileReader(file))) {
      return reader.readLine();
    }
  }
}
