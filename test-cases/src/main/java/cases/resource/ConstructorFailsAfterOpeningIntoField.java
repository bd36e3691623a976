package cases.resource;

import java.io.Closeable;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * A constructor opens a resource into a field the class closes in close(), then calls a method
 * that may throw a checked exception, with no try that closes the field: when it throws, the
 * half-built object is never returned, and nobody can close the stream.
 */
class ConstructorFailsAfterOpeningIntoField implements Closeable {
  private final InputStream in;
  private final int header;

  ConstructorFailsAfterOpeningIntoField(File file) throws IOException {
    this.in = new FileInputStream(file); // expect: UnclosedResource
    this.header = readHeader(in);
  }

  private static int readHeader(InputStream in) throws IOException {
    return in.read();
  }

  int header() {
    return header;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}

/** The same for a socket whose connect() fails. */
class ConstructorFailsAfterOpeningSocketIntoField implements Closeable {
  private final Socket sock;

  ConstructorFailsAfterOpeningSocketIntoField(InetSocketAddress address) throws IOException {
    sock = new Socket(); // expect: UnclosedResource
    sock.connect(address);
  }

  @Override
  public void close() throws IOException {
    sock.close();
  }
}
