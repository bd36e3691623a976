package cases.resource;

import java.io.File;
import java.io.FileDescriptor;
import java.io.FileWriter;
import java.io.IOException;

/**
 * Flagged: a writer opened on the file the class's own helper returns and closed only on the
 * normal path (JGit's {@code ApplyCommand} shipped {@code new FileWriter(getFile(fh.getNewPath(),
 * true))} so; scanned without JGit's jar the helper's argument has no type, and its declaration
 * tells the writer opens a file). Look-alike: the same over a {@code FileDescriptor} the helper
 * returns, which the writer adopts and does not own.
 */
class WriterOverOwnHelpersFileClosedOnNormalPathOnly {
  void copy(String path, String text) throws IOException {
    FileWriter fw = new FileWriter(getFile(path, true)); // expect: UnclosedResource "closed, but not if `write()` throws"
    fw.write(text);
    fw.close();
  }

  void copyToDescriptor(String path, String text) throws IOException {
    FileWriter fw = new FileWriter(descriptor(path, true));
    fw.write(text);
    fw.close();
  }

  private File getFile(String path, boolean create) throws IOException {
    File file = new File(path);
    if (create && !file.exists() && !file.createNewFile()) {
      throw new IOException("cannot create " + path);
    }
    return file;
  }

  private FileDescriptor descriptor(String path, boolean create) {
    return FileDescriptor.out;
  }
}
