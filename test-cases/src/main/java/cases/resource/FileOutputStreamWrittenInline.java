package cases.resource;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;

/** Flagged: a stream created and used in one expression is never closed (and may never be flushed). */
class FileOutputStreamWrittenInline {
  void save(File file, byte[] data) throws IOException {
    new FileOutputStream(file).write(data); // expect: UnclosedResource
  }
}
