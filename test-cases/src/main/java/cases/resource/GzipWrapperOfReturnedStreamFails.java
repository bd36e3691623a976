package cases.resource;

import java.io.BufferedInputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * Flagged: the caller gets the gzip stream, but when the file is not gzip the constructor throws on
 * the header, and the file stream built inside it (buffered first) is lost. One finding for the
 * chain, at the file stream.
 */
class GzipWrapperOfReturnedStreamFails {
  InputStream open(File file) throws IOException {
    return new GZIPInputStream(new BufferedInputStream(new FileInputStream(file))); // expect: UnclosedResource "not closed if `new GZIPInputStream(…)` throws"
  }
}
