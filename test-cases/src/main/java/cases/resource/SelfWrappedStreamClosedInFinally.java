package cases.resource;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Silent: the variable is given a wrapper built over itself ({@code f = new GZIPInputStream(f)},
 * hsqldb's FileArchiver.unarchive); the wrapper in {@code f} now owns the stream, and when the
 * wrapper's constructor throws {@code f} still holds the stream, so the finally block's close
 * closes it on every path.
 */
class SelfWrappedStreamClosedInFinally {
  int unarchive(File file, int compression) throws IOException {
    InputStream f = null;
    try {
      f = new FileInputStream(file);
      switch (compression) {
        case 1:
          f = new InflaterInputStream(f, new Inflater());
          break;
        case 2:
          f = new GZIPInputStream(f, 512);
          break;
        default:
          break;
      }
      return f.read();
    } finally {
      if (f != null) {
        f.close();
      }
    }
  }
}
