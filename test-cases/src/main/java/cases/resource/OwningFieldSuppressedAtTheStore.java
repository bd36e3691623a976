package cases.resource;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * An owning-field finding points at the store, so a suppression there silences it: on the
 * constructor or method that holds the store, or on the field (whose initialiser is the store,
 * or which the finding names). One on an unrelated method of the class does not. Each engine
 * reads its own annotation: {@code @SuppressWarnings} (Error Prone, the scanner),
 * {@code @SuppressFBWarnings} (SpotBugs, from the class file).
 */
class OwningFieldSuppressedAtTheStore {

  /** Silent: suppressed on the constructor that opens the socket. */
  static class SuppressedOnTheConstructor implements Closeable {
    private final Socket sock;

    @SuppressWarnings("UnclosedResource")
    @SuppressFBWarnings(value = "LEAK_UNCLOSED_RESOURCE", justification = "closed by the pool")
    SuppressedOnTheConstructor() {
      sock = new Socket();
    }

    void connect(InetSocketAddress peer) throws IOException {
      sock.connect(peer, 1000);
    }

    @Override
    public void close() {}
  }

  /** Silent: suppressed on the method that opens the socket. */
  static class SuppressedOnTheMethod implements Closeable {
    private Socket sock;

    @SuppressWarnings("UnclosedResource")
    @SuppressFBWarnings(value = "LEAK_UNCLOSED_RESOURCE", justification = "closed by the pool")
    void connect(InetSocketAddress peer) throws IOException {
      sock = new Socket();
      sock.connect(peer, 1000);
    }

    @Override
    public void close() {}
  }

  /** Silent: suppressed on the field, whose initialiser opens the socket. */
  static class SuppressedOnTheField implements Closeable {
    @SuppressWarnings("UnclosedResource")
    @SuppressFBWarnings(value = "LEAK_UNCLOSED_RESOURCE", justification = "closed by the pool")
    private final Socket sock = new Socket();

    void connect(InetSocketAddress peer) throws IOException {
      sock.connect(peer, 1000);
    }

    @Override
    public void close() {}
  }

  /** Flagged: the suppression is on a method that has nothing to do with the socket. */
  static class SuppressedOnAnUnrelatedMethod implements Closeable {
    private final Socket sock;

    SuppressedOnAnUnrelatedMethod() {
      sock = new Socket(); // expect: UnclosedResource
    }

    void connect(InetSocketAddress peer) throws IOException {
      sock.connect(peer, 1000);
    }

    @SuppressWarnings("UnclosedResource")
    @SuppressFBWarnings(value = "LEAK_UNCLOSED_RESOURCE", justification = "unrelated")
    int timeout() {
      return 1000;
    }

    @Override
    public void close() {}
  }
}
