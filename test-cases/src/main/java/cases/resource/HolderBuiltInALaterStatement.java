package cases.resource;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A holder built over a resource in a later statement takes the resource's place: a JDK reader
 * chain (POI's FunctionMetadataReader, real-leak pair poi-84), or a holder of the code's own that
 * the method closes (H2's FileLock.checkServer: {@code new Transfer(null, socket)}, closed with
 * the socket only on the normal path). Closing the holder only on the normal path leaks the
 * resource (flagged, at the resource); closing it in a finally, or giving it away, does not. A
 * holder declared {@code = null} and closed in a finally holds the resource only once assigned
 * (Ant's BZip2.pack): the resource is lost when a write before the holder is built throws.
 */
class HolderBuiltInALaterStatement {
  int readerClosedOnlyOnTheNormalPath(File file) throws IOException {
    InputStream in = new FileInputStream(file); // expect: UnclosedResource
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int lines = 0;
    while (reader.readLine() != null) {
      lines++;
    }
    reader.close();
    return lines;
  }

  int readerClosedInFinally(File file) throws IOException {
    InputStream in = new FileInputStream(file);
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    try {
      int lines = 0;
      while (reader.readLine() != null) {
        lines++;
      }
      return lines;
    } finally {
      reader.close();
    }
  }

  BufferedReader readerReturned(File file) throws IOException {
    InputStream in = new FileInputStream(file);
    BufferedReader reader;
    reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    return reader;
  }

  boolean holderClosedOnlyOnTheNormalPath(String host, int port) throws IOException {
    Socket socket = new Socket(host, port); // expect: UnclosedResource
    Transfer transfer = new Transfer("check", socket);
    transfer.writeInt(1);
    boolean ok = transfer.readInt() == 0;
    transfer.close();
    socket.close();
    return ok;
  }

  boolean holderClosedInFinally(String host, int port) throws IOException {
    Socket socket = new Socket(host, port);
    Transfer transfer = new Transfer("check", socket);
    try {
      transfer.writeInt(1);
      return transfer.readInt() == 0;
    } finally {
      transfer.close();
    }
  }

  Transfer holderGivenAway(String host, int port) throws IOException {
    Socket socket = new Socket(host, port);
    Transfer transfer = new Transfer("check", socket);
    return transfer;
  }

  void holderDeclaredNullClosedInFinally(File file, byte[] data) throws IOException {
    DataOutputStream out = null;
    try {
      OutputStream stream = new FileOutputStream(file); // expect: UnclosedResource
      stream.write('B');
      out = new DataOutputStream(stream);
      out.write(data);
    } finally {
      closeQuietly(out);
    }
  }

  private static void closeQuietly(Closeable closeable) {
    try {
      if (closeable != null) {
        closeable.close();
      }
    } catch (IOException ignored) {
      // nothing to do
    }
  }

  /** A holder of the code's own: it keeps the socket and closes it with itself. */
  static final class Transfer {
    private final Socket socket;

    Transfer(String name, Socket socket) {
      this.socket = socket;
    }

    void writeInt(int value) throws IOException {
      socket.getOutputStream().write(value);
    }

    int readInt() throws IOException {
      return socket.getInputStream().read();
    }

    void close() throws IOException {
      socket.close();
    }
  }
}
