package cases.resource;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipOutputStream;

/**
 * Flagged: a private helper closes its stream after its copy loop and in the {@code catch} of
 * {@code putNextEntry}'s {@code ZipException}, but a {@code read()}, {@code write()} or {@code
 * closeEntry()} that throws leaves it open, and no {@code finally} closes it (Ant 1.10.15's {@code
 * jlink.addFile} handing {@code Files.newInputStream(..)} to {@code addToOutputStream}). Silent
 * look-alike: {@link EntryCopiedByHelperThatClosesInFinallyFromAnt}.
 */
class EntryCopiedByHelperThatClosesAfterItsLoopFromAnt {
  private final byte[] buffer = new byte[8192];

  void addFile(ZipOutputStream output, File file) throws IOException {
    ZipEntry entry = new ZipEntry(file.getName());
    addToOutputStream(output, new FileInputStream(file), entry); // expect: UnclosedResource
  }

  private void addToOutputStream(ZipOutputStream output, InputStream input, ZipEntry ze)
      throws IOException {
    try {
      output.putNextEntry(ze);
    } catch (ZipException zipEx) {
      input.close();
      return;
    }
    int numBytes;
    while ((numBytes = input.read(buffer)) > 0) {
      output.write(buffer, 0, numBytes);
    }
    output.closeEntry();
    input.close();
  }
}
