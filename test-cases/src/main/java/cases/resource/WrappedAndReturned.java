package cases.resource;

import java.io.BufferedReader;
import java.io.File;
import java.io.FileReader;
import java.io.IOException;

/** Silent: the file reader is wrapped and the wrapper returned; the caller owns both. */
class WrappedAndReturned {
  BufferedReader open(File file) throws IOException {
    return new BufferedReader(new FileReader(file));
  }
}
