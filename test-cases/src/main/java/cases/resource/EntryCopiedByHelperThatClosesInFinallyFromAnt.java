package cases.resource;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipOutputStream;

/**
 * Silent: a look-alike of {@link EntryCopiedByHelperThatClosesAfterItsLoopFromAnt} whose helper
 * closes the stream in {@code finally}, where a failing {@code read()}, {@code write()} or {@code
 * closeEntry()} goes too. The call hands the stream over.
 */
class EntryCopiedByHelperThatClosesInFinallyFromAnt {
  private final byte[] buffer = new byte[8192];

  void addFile(ZipOutputStream output, File file) throws IOException {
    ZipEntry entry = new ZipEntry(file.getName());
    addToOutputStream(output, new FileInputStream(file), entry);
  }

  private void addToOutputStream(ZipOutputStream output, InputStream input, ZipEntry ze)
      throws IOException {
    try {
      output.putNextEntry(ze);
      int numBytes;
      while ((numBytes = input.read(buffer)) > 0) {
        output.write(buffer, 0, numBytes);
      }
      output.closeEntry();
    } catch (ZipException zipEx) {
      return;
    } finally {
      input.close();
    }
  }
}
