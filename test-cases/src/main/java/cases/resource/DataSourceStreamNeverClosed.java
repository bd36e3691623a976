package cases.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import jakarta.activation.DataHandler;
import jakarta.activation.DataSource;

/**
 * An activation data source hands out a new stream on each call ("Note that a new InputStream
 * object must be returned each time this method is called"): a file's, for a FileDataSource. The
 * caller closes it (CXF 2.7.0 {@code DataSourceProvider.writeTo}: {@code
 * IOUtils.copy(ds.getInputStream(), os)}; 3.2.1 {@code AttachmentSerializer.writeAttachments}:
 * {@code encodeBase64(handler.getInputStream(), out, ..)}; both fixed by closing it). Written
 * with Jakarta Activation's names (stand-ins in this corpus); {@code javax.activation} is the same
 * table entry.
 */
public class DataSourceStreamNeverClosed {
  static void copied(DataSource source, OutputStream out) throws IOException {
    copy(source.getInputStream(), out); // expect: UnclosedResource
  }

  static void copiedFromTheHandler(DataHandler handler, OutputStream out) throws IOException {
    copy(handler.getInputStream(), out); // expect: UnclosedResource
  }

  static void copiedAndClosed(DataSource source, OutputStream out) throws IOException {
    try (InputStream in = source.getInputStream()) {
      copy(in, out);
    }
  }

  static void handlerWritesItself(DataHandler handler, OutputStream out) throws IOException {
    handler.writeTo(out);
  }

  static String nameOnly(DataSource source) {
    return source.getName() + " " + source.getContentType();
  }

  private static void copy(InputStream in, OutputStream out) throws IOException {
    byte[] buffer = new byte[4096];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      out.write(buffer, 0, n);
    }
  }
}
