package cases.resource;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;

/** Flagged: the file handle is opened, read and never closed; it stays open until a GC finalises it. */
class FileInputStreamNeverClosed {
  int firstByte(File file) throws IOException {
    FileInputStream in = new FileInputStream(file); // expect: UnclosedResource
    return in.read();
  }
}
