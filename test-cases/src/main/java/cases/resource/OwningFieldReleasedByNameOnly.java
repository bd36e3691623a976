package cases.resource;

import java.io.Closeable;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * Flagged: the release method gives the field to a helper whose name promises a release, but whose
 * body (in view) only uses it; and a getter that lends the field out, which releases nothing.
 * A {@code finally} after the {@code return} that assigns another field lets go of nothing.
 * Look-alikes: the helper that does close it, and a getter next to a close() that closes it.
 */
class OwningFieldReleasedByNameOnly {

  /** {@code disconnect(socket)} only shuts the output down: the socket stays open. */
  static class DisconnectOnlyHalfCloses implements Closeable {
    private final Socket socket;

    DisconnectOnlyHalfCloses(String host, int port) throws IOException {
      socket = new Socket(host, port); // expect: UnclosedResource
    }

    void send(int b) throws IOException {
      socket.getOutputStream().write(b);
    }

    @Override
    public void close() throws IOException {
      disconnect(socket);
    }

    private static void disconnect(Socket socket) throws IOException {
      socket.shutdownOutput();
    }
  }

  /** The same, but {@code disconnect} closes the socket: silent. */
  static class DisconnectCloses implements Closeable {
    private final Socket socket;

    DisconnectCloses(String host, int port) throws IOException {
      socket = new Socket(host, port);
    }

    void send(int b) throws IOException {
      socket.getOutputStream().write(b);
    }

    @Override
    public void close() throws IOException {
      disconnect(socket);
    }

    private static void disconnect(Socket socket) throws IOException {
      socket.shutdownOutput();
      socket.close();
    }
  }

  /** A getter lends the channel out; the class still holds it, and close() forgets it. */
  static class GetterIsNoRelease implements Closeable {
    private final FileChannel channel;
    private final InputStream index;

    GetterIsNoRelease(Path data, File indexFile) throws IOException {
      channel = FileChannel.open(data); // expect: UnclosedResource
      index = openIndex(indexFile);
    }

    private static InputStream openIndex(File indexFile) throws IOException {
      return new FileInputStream(indexFile);
    }

    FileChannel getChannel() {
      return channel;
    }

    int nextIndex() throws IOException {
      return index.read();
    }

    @Override
    public void close() throws IOException {
      index.close();
    }
  }

  /** A getter beside a close() that closes the channel: silent. */
  static class GetterBesideClose implements Closeable {
    private final FileChannel channel;

    GetterBesideClose(Path data) throws IOException {
      channel = FileChannel.open(data);
    }

    FileChannel getChannel() {
      return channel;
    }

    @Override
    public void close() throws IOException {
      channel.close();
    }
  }

  /** The finally only notes that the stream was taken; the field still holds it. */
  static class TakenButStillHeld implements Closeable {
    private final InputStream body;
    private boolean taken;

    TakenButStillHeld(File source) throws IOException {
      body = new FileInputStream(source); // expect: UnclosedResource
    }

    InputStream takeBody() {
      try {
        return body;
      } finally {
        taken = true;
      }
    }

    @Override
    public void close() {
      taken = true;
    }

    boolean wasTaken() {
      return taken;
    }
  }
}
