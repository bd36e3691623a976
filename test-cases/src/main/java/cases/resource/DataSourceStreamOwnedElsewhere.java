package cases.resource;

import jakarta.activation.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Silent look-alikes of {@link DataSourceStreamNeverClosed}: the new stream a data source hands
 * out is returned to the caller, who owns it then, or given to a helper of this class that closes
 * it on every path.
 */
public class DataSourceStreamOwnedElsewhere {
  static InputStream openFor(DataSource source) throws IOException {
    return source.getInputStream();
  }

  static void copiedByAHelperThatClosesIt(DataSource source, OutputStream out)
      throws IOException {
    copyAndClose(source.getInputStream(), out);
  }

  private static void copyAndClose(InputStream in, OutputStream out) throws IOException {
    try {
      byte[] buffer = new byte[4096];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        out.write(buffer, 0, n);
      }
    } finally {
      in.close();
    }
  }
}
