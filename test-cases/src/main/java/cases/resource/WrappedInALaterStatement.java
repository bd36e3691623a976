package cases.resource;

import java.io.DataInputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;

/**
 * A stream wrapped in a later statement than the one that opens it: the wrapper takes the
 * stream's place, so closing the wrapper closes it (silent) and forgetting both leaks it
 * (flagged, at the stream).
 */
class WrappedInALaterStatement {
  int neverClosed(File file) throws IOException {
    FileInputStream in = new FileInputStream(file); // expect: UnclosedResource
    DataInputStream data = new DataInputStream(in);
    return data.readInt();
  }

  int closedThroughTheWrapper(File file) throws IOException {
    FileInputStream in = new FileInputStream(file);
    DataInputStream data = new DataInputStream(in);
    try {
      return data.readInt();
    } finally {
      data.close();
    }
  }
}
