package cases.resource;

import com.google.common.io.Closeables;
import java.io.Closeable;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import org.xnio.IoUtils;

/**
 * Silent: each release method closes its field through a helper whose name says nothing a rule
 * could trust alone: XNIO's {@code IoUtils.safeClose} and Guava's {@code Closeables.close}, known
 * by their class (as for a local), a private helper of the class and a static helper of another
 * class of the application, whose bodies close their parameter on every path.
 */
class OwningFieldClosedByHelperKnownByClass {

  /** Undertow's way: {@code IoUtils.safeClose(channel)}. */
  static class ClosedWithSafeClose implements Closeable {
    private final FileChannel channel;

    ClosedWithSafeClose(Path data) throws IOException {
      channel = FileChannel.open(data);
    }

    long size() throws IOException {
      return channel.size();
    }

    @Override
    public void close() {
      IoUtils.safeClose(channel);
    }
  }

  /** Guava's {@code Closeables.close(out, true)}. */
  static class ClosedWithGuava implements Closeable {
    private final OutputStream out;

    ClosedWithGuava(File target) throws IOException {
      out = new FileOutputStream(target);
    }

    void write(int b) throws IOException {
      out.write(b);
    }

    @Override
    public void close() throws IOException {
      Closeables.close(out, true);
    }
  }

  /** A private helper named for what else it does, closing its parameter on every path. */
  static class ClosedByOwnHelper implements Closeable {
    private final InputStream in;

    ClosedByOwnHelper(File source) throws IOException {
      in = new FileInputStream(source);
    }

    int read() throws IOException {
      return in.read();
    }

    @Override
    public void close() {
      drain(in);
    }

    private static void drain(InputStream stream) {
      try {
        while (stream.read() >= 0) {
          // read to the end, so the writer on the other side is not blocked
        }
      } catch (IOException ignored) {
        // the end of the data, as far as we are concerned
      } finally {
        try {
          stream.close();
        } catch (IOException ignored) {
          // nothing to do
        }
      }
    }
  }

  /** A static helper of another class of the application. */
  static class ClosedByApplicationHelper implements Closeable {
    private final Socket socket;

    ClosedByApplicationHelper(String host, int port) throws IOException {
      socket = new Socket(host, port);
    }

    void send(int b) throws IOException {
      socket.getOutputStream().write(b);
    }

    @Override
    public void close() {
      Sockets.hangUp(socket);
    }
  }

  static final class Sockets {
    private Sockets() {}

    static void hangUp(Socket socket) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // already gone
      }
    }
  }
}
