package cases.resource;

import java.io.BufferedInputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;

/**
 * Silent: look-alikes of {@link StreamHandedToHelperThatClosesItUnlessItThrows}, whose helpers
 * close the stream where a failing {@code read()} goes too: in {@code finally}, in
 * try-with-resources, and in a {@code catch} that closes and rethrows. Each call hands the stream
 * over.
 */
class StreamHandedToHelperThatClosesItWhateverHappens {
  private final byte[] buffer = new byte[8192];

  long checksumClosedInFinally(File file) throws IOException {
    return closedInFinally(new BufferedInputStream(new FileInputStream(file)));
  }

  long checksumClosedByTryWithResources(File file) throws IOException {
    return closedByTryWithResources(new FileInputStream(file));
  }

  long checksumClosedInCatch(File file) throws IOException {
    InputStream in = new FileInputStream(file);
    return closedInCatchAndRethrown(in);
  }

  private long closedInFinally(InputStream in) throws IOException {
    try {
      return crcOf(in);
    } finally {
      in.close();
    }
  }

  private long closedByTryWithResources(InputStream in) throws IOException {
    try (InputStream stream = in) {
      return crcOf(stream);
    }
  }

  private long closedInCatchAndRethrown(InputStream in) throws IOException {
    long value;
    try {
      value = crcOf(in);
    } catch (IOException e) {
      in.close();
      throw e;
    }
    in.close();
    return value;
  }

  private long crcOf(InputStream in) throws IOException {
    CRC32 crc = new CRC32();
    int count;
    while ((count = in.read(buffer, 0, buffer.length)) > 0) {
      crc.update(buffer, 0, count);
    }
    return crc.getValue();
  }
}
