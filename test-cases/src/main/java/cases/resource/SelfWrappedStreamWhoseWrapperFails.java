package cases.resource;

import java.io.BufferedInputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * A variable given a wrapper built over itself ({@code in = new GZIPInputStream(in)}) closed in a
 * finally block entered only after the wrapper is built: flagged as the wrapper's failure, as when
 * the wrapper goes into a variable of its own; silent when the wrapper cannot fail.
 */
class SelfWrappedStreamWhoseWrapperFails {
  int gzipClosedInFinally(File file) throws IOException {
    InputStream in = new FileInputStream(file); // expect: UnclosedResource "in `in` is not closed if `new GZIPInputStream(…)` throws"
    in = new GZIPInputStream(in);
    try {
      return in.read();
    } finally {
      in.close();
    }
  }

  int bufferCannotFail(File file) throws IOException {
    InputStream in = new FileInputStream(file);
    in = new BufferedInputStream(in);
    try {
      return in.read();
    } finally {
      in.close();
    }
  }
}
