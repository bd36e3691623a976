package cases.resource;

import static org.xnio.IoUtils.safeClose;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.xnio.IoUtils;

/**
 * Silent: XNIO's {@code IoUtils.safeClose(..)} closes what it is given (the closing helpers of
 * ResourceApis; Undertow closes its channels so, 233 calls), called on the class or statically
 * imported; it catches every {@code Throwable}, so a second {@code safeClose} after a first in
 * {@code finally} is always reached (Undertow's {@code ContentEncodedResourceManager}). Flagged:
 * a stream it closes only when the read does not throw.
 */
class StreamClosedByXnioSafeClose {
  int safeClosedInFinally(File file) throws IOException {
    InputStream in = new FileInputStream(file);
    try {
      return in.read();
    } finally {
      IoUtils.safeClose(in);
    }
  }

  int importedSafeCloseInFinally(File file) throws IOException {
    InputStream in = new FileInputStream(file);
    try {
      return in.read();
    } finally {
      safeClose(in);
    }
  }

  void twoSafeClosedInFinally(File source, File target) throws IOException {
    InputStream in = null;
    OutputStream out = null;
    try {
      in = new FileInputStream(source);
      out = new FileOutputStream(target);
      out.write(in.read());
    } finally {
      IoUtils.safeClose(out);
      IoUtils.safeClose(in);
    }
  }

  int safeClosedOnlyOnNormalPath(File file) throws IOException {
    InputStream in = new FileInputStream(file); // expect: UnclosedResource
    int first = in.read();
    IoUtils.safeClose(in);
    return first;
  }
}
