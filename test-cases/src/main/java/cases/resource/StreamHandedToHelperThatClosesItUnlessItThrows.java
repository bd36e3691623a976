package cases.resource;

import java.io.BufferedInputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;

/**
 * Flagged: a private helper closes its stream after its read loop, but a failing {@code read()}
 * leaves it with the stream open, and no {@code finally} or {@code catch} of the helper closes
 * it there (Ant's {@code jlink.calcChecksum(File)} handing {@code new BufferedInputStream(..)} to
 * {@code calcChecksum(InputStream)}). Such a helper is no hand-over: on that path nobody closes
 * the stream, and the caller's acquisition is "not closed on every path", as SpotBugs says.
 * Also flagged: the same helper given a stream held in a local. Silent look-alikes, in {@link
 * StreamHandedToHelperThatClosesItWhateverHappens}: helpers that close in {@code finally}, in
 * try-with-resources, or in a {@code catch} that rethrows.
 */
class StreamHandedToHelperThatClosesItUnlessItThrows {
  private final byte[] buffer = new byte[8192];

  long checksum(File file) throws IOException {
    return checksum(new BufferedInputStream(new FileInputStream(file))); // expect: UnclosedResource
  }

  long checksumOfLocal(File file) throws IOException {
    InputStream in = new FileInputStream(file); // expect: UnclosedResource
    return checksum(in);
  }

  private long checksum(InputStream in) throws IOException {
    CRC32 crc = new CRC32();
    int count;
    while ((count = in.read(buffer, 0, buffer.length)) > 0) {
      crc.update(buffer, 0, count);
    }
    in.close();
    return crc.getValue();
  }
}
