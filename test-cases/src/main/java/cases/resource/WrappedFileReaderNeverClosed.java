package cases.resource;

import java.io.BufferedReader;
import java.io.File;
import java.io.FileReader;
import java.io.IOException;

/** Flagged once: the wrapper and the file reader it wraps are one resource, acquired on one line. */
class WrappedFileReaderNeverClosed {
  String firstLine(File file) throws IOException {
    BufferedReader reader = new BufferedReader(new FileReader(file)); // expect: UnclosedResource
    return reader.readLine();
  }
}
