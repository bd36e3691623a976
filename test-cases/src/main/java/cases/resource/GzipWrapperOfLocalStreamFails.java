package cases.resource;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CheckedInputStream;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;

/**
 * Flagged: the file stream is handed to the gzip wrapper, whose constructor reads the header and
 * may throw before it owns the stream (ZooKeeper's SnapStream shipped this).
 */
class GzipWrapperOfLocalStreamFails {
  CheckedInputStream open(File file) throws IOException {
    FileInputStream fis = new FileInputStream(file); // expect: UnclosedResource "in `fis` is not closed if `new GZIPInputStream(…)` throws"
    InputStream in = new GZIPInputStream(fis);
    return new CheckedInputStream(in, new CRC32());
  }
}
