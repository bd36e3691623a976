package cases.resource;

import java.io.BufferedInputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;

/**
 * Flagged: a method of the class whose every return hands out a stream or socket it has just
 * opened (or null) is a factory, so its caller owns the result, as with {@code
 * Files.newInputStream} (PDFBox, Jena and Accumulo shipped leaks of their own helpers' streams).
 * A factory may build on another factory, be static and called on the class's name, and keep
 * the resource in a local before returning it. Look-alikes: the result closed by
 * try-with-resources or returned to the caller, and a method that on some path returns a stream
 * it does not own (a field), whose caller cannot tell.
 */
class FactoryOfOwnClassNeverClosed {
  private final InputStream shared;

  FactoryOfOwnClassNeverClosed(InputStream shared) {
    this.shared = shared;
  }

  int firstByte(File file) throws IOException {
    InputStream in = open(file); // expect: UnclosedResource "not closed on every path"
    return in.read();
  }

  int firstByteOfBuffered(File file) throws IOException {
    InputStream in = this.openBuffered(file); // expect: UnclosedResource "not closed on every path"
    return in.read();
  }

  boolean reachable(String host) throws IOException {
    Socket socket = FactoryOfOwnClassNeverClosed.connect(host); // expect: UnclosedResource "not closed on every path"
    return socket.isConnected();
  }

  int firstByteClosed(File file) throws IOException {
    try (InputStream in = openBuffered(file)) {
      return in.read();
    }
  }

  InputStream reopen(File file) throws IOException {
    return open(file);
  }

  int firstByteOfSharedOrOwn(File file, boolean useShared) throws IOException {
    InputStream in = sharedOr(file, useShared);
    return in.read();
  }

  private InputStream open(File file) throws IOException {
    if (!file.exists()) {
      return null;
    }
    return new FileInputStream(file);
  }

  private InputStream openBuffered(File file) throws IOException {
    return new BufferedInputStream(open(file));
  }

  static Socket connect(String host) throws IOException {
    Socket socket = new Socket(host, 80);
    return socket;
  }

  private InputStream sharedOr(File file, boolean useShared) throws IOException {
    if (useShared) {
      return shared;
    }
    return new FileInputStream(file);
  }
}
