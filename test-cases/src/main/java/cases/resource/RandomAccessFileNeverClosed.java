package cases.resource;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;

/** Flagged: a RandomAccessFile holds a file descriptor until closed. */
class RandomAccessFileNeverClosed {
  long length(File file) throws IOException {
    RandomAccessFile raf = new RandomAccessFile(file, "r"); // expect: UnclosedResource
    return raf.length();
  }
}
